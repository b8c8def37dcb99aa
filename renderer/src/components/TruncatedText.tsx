interface TruncatedTextProps {
  text: string;
  /** Widest the text may be before it is cut with an ellipsis (CSS length). */
  maxWidth?: string;
  className?: string;
}

/** Long text cut to one line; the full text shows on hover (title) and on keyboard focus. */
export function TruncatedText({ text, maxWidth = '28ch', className }: TruncatedTextProps) {
  const long = text.length > 24;
  return (
    <span
      className={className ? `truncate ${className}` : 'truncate'}
      style={{ maxWidth }}
      title={long ? text : undefined}
      tabIndex={long ? 0 : undefined}
    >
      {text}
    </span>
  );
}
