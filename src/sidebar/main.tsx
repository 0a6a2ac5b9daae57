import { render } from 'preact';
import './styles.css';

function Placeholder() {
  return (
    <main>
      <h1>Partner Pilot</h1>
      <p>The pilot planner wizard arrives here.</p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Placeholder />, app);
