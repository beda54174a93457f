import { render } from 'preact';

function Popup() {
  return (
    <main>
      <h1>Follow-ups</h1>
      <p>Nothing is due.</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
