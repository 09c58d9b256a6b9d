import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { expectNoAxeViolations } from './axe';

afterEach(cleanup);

// The component tests rely on this helper; prove it really fails on inaccessible markup.
describe('axe helper', () => {
  it.each([
    ['image without alt', <img src="x.png" />],
    ['button without a name', <button type="button" />],
    ['select without a label', <select><option>a</option></select>],
  ])('rejects %s', async (_name, markup) => {
    const { container } = render(<div>{markup}</div>);
    await expect(expectNoAxeViolations(container)).rejects.toThrow();
  });
});
