import { describe, expect, it } from 'vitest';
import { isWellFormedEmail } from '../../lib/model';

describe('isWellFormedEmail', () => {
  it.each(['wren@example.org', 'w.ren+status@mail.example-lab.co.uk', 'WREN@Example.ORG', 'wren@example.xn--p1ai'])('takes %s', (address) => {
    expect(isWellFormedEmail(address)).toBe(true);
  });

  it.each(['wren@example,org', 'wren@exampleorg', 'wren@example.org.', 'wren@', 'wren', 'wren@-example.org', 'wren smith@example.org'])('refuses %s', (address) => {
    expect(isWellFormedEmail(address)).toBe(false);
  });
});
