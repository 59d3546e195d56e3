// Targets of the example's links, so that every link and prefetch finds a page.
export const generateStaticParams = () => [{ name: 'ilse-varrow' }, { name: 'tomas-brenley' }];

export default async function TeamPage({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return <h1>Team: {name}</h1>;
}
