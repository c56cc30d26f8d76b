interface Props {
  /** Placeholder rows, sized like the real rows so nothing jumps when data arrives. */
  rows: number;
  label: string;
}

export function Skeleton({ rows, label }: Props) {
  return (
    <div class="skeleton" role="status" aria-label={label} aria-busy="true">
      {Array.from({ length: rows }, (_, index) => (
        <div class="skeleton-row" key={index} aria-hidden="true">
          <span class="skeleton-line skeleton-line-wide" />
          <span class="skeleton-line" />
        </div>
      ))}
    </div>
  );
}
