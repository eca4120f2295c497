import { describe, expect, it } from 'vitest';
import { titleAliases } from '../../lib/projects/title-aliases';

describe('titleAliases', () => {
  it.each([
    ['words run together', 'Gizmo Wrangling Crew', 'gizmowrangling'],
    ['a dotted name run together', 'Q.Tree Support', 'qtree'],
    ['initials of neighbouring words', 'Nightly Widget Builds', 'nwb'],
    ['initials of two words', 'Continuous Polishing', 'cp'],
    ['a name without its version', 'Gizmo2 Stack', 'gizmo'],
    ['a name without its v-version', 'Frobfsv28 Pools', 'frobfs'],
    ['initials of five words', 'Make Every Widget Spin Faster', 'mewsf'],
    ['the heads of two words clipped and run together', 'Widget Sprocketer Effort', 'widspr'],
    ['a whole word and the head of the next', 'Gizmo Assembler', 'gizmoas'],
  ])('gives %s', (_, title, alias) => {
    expect(titleAliases(title)).toContain(alias);
  });

  it('makes no initials of short words or numbers', () => {
    expect(titleAliases('Work on 12 of the Gizmos')).not.toContain('wg');
    expect(titleAliases('Work on 12 of the Gizmos')).not.toContain('ot');
  });

  it('makes no initials that open or close with a joining word', () => {
    // "SYN cache implementation for FreeBSD" is no "IF", to be taken for if_fxp.
    const aliases = titleAliases('Sprocket Cache Implementation for Gizmos');
    expect(aliases).not.toContain('if');
    expect(aliases).not.toContain('fg');
    expect(aliases).toContain('sci');
  });

  it('makes no initials that spell a joining word', () => {
    // "Administration Team" is no "at", to meet every title with the word in it.
    expect(titleAliases('Gizmo Administration Team')).not.toContain('at');
    expect(titleAliases('Gizmo Administration Team')).toContain('gat');
  });

  it('clips no joining word and no head shorter than two letters', () => {
    const aliases = titleAliases('Port of Widgets');
    expect(aliases).not.toContain('porwi');
    expect(aliases).not.toContain('poof');
    expect(titleAliases('Gizmo Assembler')).not.toContain('gizmoa');
  });

  it('clips no word of the dictionary, which would meet that word in any title', () => {
    // "Status Team" would give "state", "Linux Kernel" "linker".
    expect(titleAliases('Status Team')).not.toContain('state');
    expect(titleAliases('Linux Kernel')).not.toContain('linker');
    expect(titleAliases('Linux Kernel')).toContain('linuxkern');
  });
});
