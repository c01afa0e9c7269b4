// A message box (Utrecht alert). Errors and warnings are announced by screen readers.
import type { ReactNode } from 'react';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

export function Alert({ type = 'info', children, id }: { type?: AlertType; children: ReactNode; id?: string }) {
  const role = type === 'error' ? 'alert' : type === 'warning' ? 'status' : undefined;
  return (
    <div className={`utrecht-alert utrecht-alert--${type} helder-alert`} role={role} id={id}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
