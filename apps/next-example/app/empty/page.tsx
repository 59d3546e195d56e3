// The baseline: what Next.js alone sends to the browser for a page in this layout.
export default function EmptyPage() {
  return <h1>Fernhollow</h1>;
}
