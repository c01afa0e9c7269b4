// Headings and paragraphs with the Utrecht classes (no per-component React package for them
// installs here, see ADR 0007).
import type { HTMLAttributes, ReactNode } from 'react';

type Level = 1 | 2 | 3 | 4;

export function Heading({ level, children, className = '', ...rest }: { level: Level; children: ReactNode } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={`utrecht-heading-${level} ${className}`.trim()} {...rest}>
      {children}
    </Tag>
  );
}

export function Paragraph({ children, lead, small, className = '', ...rest }: { children: ReactNode; lead?: boolean; small?: boolean } & HTMLAttributes<HTMLParagraphElement>) {
  const classes = ['utrecht-paragraph', lead && 'utrecht-paragraph--lead', small && 'utrecht-paragraph--small', className];
  return (
    <p className={classes.filter(Boolean).join(' ')} {...rest}>
      {children}
    </p>
  );
}
