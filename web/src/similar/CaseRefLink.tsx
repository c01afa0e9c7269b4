// A case reference: a link to the case when the user may open it, else plain text.
import { Link } from 'react-router';

export function CaseRefLink({ reference, readable = true, label }: { reference: string; readable?: boolean; label?: string }) {
  if (!readable) return <span className="helder-ref">{label ?? reference}</span>;
  return (
    <Link className="utrecht-link utrecht-link--html-a helder-ref" to={`/casussen/${encodeURIComponent(reference)}`}>
      {label ?? reference}
    </Link>
  );
}
