// Starts the browser editor at /admin/ (Decap CMS) with the configuration the build made from the
// schemas (config.json beside this file). Loaded before the CMS's script, so the CMS waits for it.
window.CMS_MANUAL_INIT = true;

// Inline styles: the page's CSP allows them, and the editor has no stylesheet of its own.
const STYLE = {
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '6px', margin: '0 0 8px' },
  label: { fontSize: '13px', color: '#5d626f', marginRight: '2px' },
  button: {
    font: 'inherit',
    fontSize: '13px',
    padding: '5px 10px',
    border: '1px solid #c7cad1',
    borderRadius: '5px',
    background: '#fff',
    color: '#313d3e',
    cursor: 'pointer',
  },
  next: { marginLeft: 'auto' },
  note: { fontSize: '12px', color: '#5d626f', margin: '0 0 8px', minHeight: '1.5em' },
  text: {
    display: 'block',
    width: '100%',
    minHeight: '60vh',
    resize: 'vertical',
    fontFamily: 'ui-monospace, "Noto Sans Mono CJK JP", monospace',
    fontSize: '14px',
    lineHeight: 1.7,
    whiteSpace: 'pre-wrap',
  },
};

/**
 * The body's widget: a plain text box whose value is the file's text, byte for byte, with buttons
 * that insert the components (the field's `snippets`) at the cursor and select the first
 * 【要記入】 to type over, and one that selects the next 【要記入】.
 */
function mdxWidget({ insertSnippet, nextPlaceholder }) {
  const { h, createClass } = window;
  return createClass({
    getInitialState() {
      return { note: '' };
    },
    componentDidUpdate() {
      this.select();
    },
    /** Selects what the last edit asked for, once the text box shows the new value. */
    select() {
      const box = this.box;
      const wanted = this.wanted;
      if (!box || !wanted || box.value !== wanted.value) return;
      this.wanted = undefined;
      box.focus();
      box.setSelectionRange(wanted.start, wanted.end);
    },
    edit(change) {
      const box = this.box;
      const edit = change(box.value, box.selectionStart, box.selectionEnd);
      if (!edit) return;
      this.wanted = edit;
      if (edit.value !== box.value) this.props.onChange(edit.value);
      else this.select();
    },
    insert(snippet) {
      const mark = this.props.field.get('todo_mark');
      this.edit((value, start, end) => insertSnippet(value, start, end, snippet, mark));
      this.setState({ note: `${snippet.label}を入れました。選ばれた${mark}から書き換えてください。` });
    },
    next() {
      const mark = this.props.field.get('todo_mark');
      this.edit((value, _start, end) => {
        const found = nextPlaceholder(value, end, mark);
        this.setState({ note: found ? '' : `${mark}はもうありません。` });
        return found && { value, ...found };
      });
    },
    render() {
      const { field, forID, value, onChange, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const snippets = field.get('snippets').toJS();
      const mark = field.get('todo_mark');
      const button = (label, title, onClick, style = {}) =>
        h('button', { type: 'button', title, onClick, style: { ...STYLE.button, ...style } }, label);
      return h(
        'div',
        null,
        h(
          'div',
          { role: 'toolbar', 'aria-label': '部品を入れる', style: STYLE.toolbar },
          h('span', { style: STYLE.label }, '部品を入れる:'),
          ...snippets.map((snippet) => button(snippet.label, snippet.hint, () => this.insert(snippet))),
          button(`次の${mark}`, `次の${mark}を選ぶ`, () => this.next(), STYLE.next),
        ),
        h('p', { role: 'status', style: STYLE.note }, this.state.note),
        h('textarea', {
          id: forID,
          ref: (box) => (this.box = box),
          className: classNameWrapper,
          style: STYLE.text,
          value: value ?? '',
          spellCheck: false,
          onChange: (event) => onChange(event.target.value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
        }),
      );
    },
  });
}

/**
 * The format of a registry's file (a YAML list at its top, which Decap cannot edit as it is): the
 * editor holds { header, entries }, written back by src/lib/admin/registry-yaml.ts with each entry's
 * keys in the order of the collection's fields.
 */
function registryFormat(collection, { readRegistry, writeRegistry }, yaml) {
  const entries = collection.files[0].fields.find((field) => field.name === 'entries');
  const order = entries.fields.map((field) => field.name);
  return {
    fromFile: (text) => readRegistry(text, yaml),
    toFile: (data) => writeRegistry(data, order, yaml),
  };
}

window.addEventListener('DOMContentLoaded', async () => {
  const [config, snippets, registry, yaml] = await Promise.all([
    fetch('config.json').then((response) => response.json()),
    import('./insert-snippet.js'),
    import('./registry-yaml.js'),
    import('./js-yaml.js'),
  ]);
  for (const collection of config.collections) {
    // A chapter is a file of the edition's folder without `status` (index.mdx has one). Decap keeps
    // the entries whose field equals the filter's value, and JSON cannot say "undefined".
    if (collection.filter && collection.filter.value === null) collection.filter.value = undefined;
  }
  window.CMS.registerWidget('mdx', mdxWidget(snippets));
  for (const collection of config.collections.filter((c) => c.format?.startsWith('lcwp-registry-'))) {
    window.CMS.registerCustomFormat(collection.format, 'yaml', registryFormat(collection, registry, yaml.default));
  }
  window.CMS.init({ config: { ...config, load_config_file: false } });
});
