export default function BookPage() {
  return <h1>Book a visit</h1>;
}
