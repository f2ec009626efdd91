import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The filter column, the event details and the focusable marks arrive a task or a
// chunk after the first render (the app's staged first render). findBy* and waitFor
// wait for them; Testing Library's default of 1 s is too short on a loaded CI
// machine running every test file in parallel, so they wait up to 10 s (well inside
// the 20 s test timeout). They still fail if the thing never appears.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
