import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { staticMarkup } from './static-markup';

// The tree MDX makes of a highlighted block: code > one [data-line] span per line > token spans.
const block = (
  <code data-language="python" data-theme="light dark" style={{ display: 'grid' }}>
    <span data-line="">
      <span
        style={{ '--shiki-light': '#A0111F', '--shiki-dark': '#FF9492' } as React.CSSProperties}
      >
        import
      </span>
      <span style={{ '--shiki-light': '#0E1116' } as React.CSSProperties}>
        {' sys  # a < b & "c"'}
      </span>
    </span>
    {'\n'}
    <span
      data-line=""
      data-highlighted-line
      className="hl"
      tabIndex={-1}
      hidden={false}
      translate="no"
    >
      {'if a < b and c > d: print("<&>")'}
    </span>
    {null}
    {false}
    {7}
    <br />
  </code>
);

describe('staticMarkup', () => {
  it("writes a code block's HTML exactly as React does", () => {
    expect(staticMarkup(block)).toBe(renderToStaticMarkup(block));
  });

  it('writes camelCase style names in CSS case', () => {
    const element = (
      <span style={{ fontWeight: 600, backgroundColor: 'red' }} hidden>
        {"x's"}
      </span>
    );
    expect(staticMarkup(element)).toBe(renderToStaticMarkup(element));
  });

  it('gives up on what React would have to run or rename', () => {
    const Component = () => <span>x</span>;
    expect(
      staticMarkup(
        <code>
          <Component />
        </code>,
      ),
    ).toBeNull();
    expect(staticMarkup(<button onClick={() => {}}>x</button>)).toBeNull();
    expect(staticMarkup(<label htmlFor="a">x</label>)).toBeNull();
    expect(staticMarkup(createElement('span', { onclick: 'alert(1)' }, 'x'))).toBeNull();
    expect(staticMarkup(<div dangerouslySetInnerHTML={{ __html: '<b>x</b>' }} />)).toBeNull();
    expect(staticMarkup(createElement('span', { ref: { current: null } }, 'x'))).toBeNull();
    expect(staticMarkup(<>x</>)).toBeNull();
  });
});
