// The preview page: draws the active sheet from /api/state, edits cells through
// /api/cell, runs the add-on's menu items through /api/menu, and carries the sidebar's
// google.script.run calls (posted by its bridge) to /api/run. Sheet text is only ever
// set as textContent.
(() => {
  const sidebarOrigin = document.body.dataset.sidebarOrigin;
  const $ = (id) => document.getElementById(id);
  const grid = $('grid');
  const formulaInput = $('formula-input');
  const nameBox = $('name-box');
  const frame = $('sidebar-frame');

  let state;
  let currentSheet;
  let selected = { row: 0, col: 0 };
  let editing;
  let seenAlerts;
  let shownSidebarVersion = 0;

  const letters = (col) => {
    let n = col + 1;
    let out = '';
    while (n > 0) {
      const rem = (n - 1) % 26;
      out = String.fromCharCode(65 + rem) + out;
      n = Math.floor((n - 1) / 26);
    }
    return out;
  };
  const a1 = (row, col) => `${letters(col)}${row + 1}`;

  async function post(path, body) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return response.json();
  }

  async function refresh() {
    const query = currentSheet ? `?sheet=${encodeURIComponent(currentSheet)}` : '';
    const response = await fetch(`/api/state${query}`);
    const previousActive = state?.activeSheet;
    state = await response.json();
    // A script that activated another sheet (e.g. one it just wrote) brings it to the front.
    if (previousActive !== undefined && state.activeSheet !== previousActive) {
      currentSheet = state.activeSheet;
      selected = { row: 0, col: 0 };
      if (state.sheet.name !== currentSheet) return refresh();
    }
    currentSheet = state.sheet.name;
    render();
  }

  function toast(text) {
    const box = $('toast');
    box.textContent = text;
    box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => {
      box.hidden = true;
    }, 6000);
  }

  const dialogQueue = [];
  function showDialog(text) {
    dialogQueue.push(text);
    if (dialogQueue.length === 1) openNextDialog();
  }
  function openNextDialog() {
    const text = dialogQueue[0];
    if (text === undefined) return;
    const [title, ...rest] = text.split('\n');
    $('dialog-title').textContent = rest.length ? title : 'Partner Pilot';
    $('dialog-text').textContent = rest.length ? rest.join('\n') : title;
    $('dialog').hidden = false;
    $('dialog-ok').focus();
  }
  $('dialog-ok').addEventListener('click', () => {
    $('dialog').hidden = true;
    dialogQueue.shift();
    openNextDialog();
  });

  function render() {
    document.title = `${state.title} – Partner Pilot local preview`;
    $('doc-title').textContent = state.title;
    const banner = $('banner');
    banner.hidden = !state.loadError;
    banner.textContent = state.loadError
      ? `The add-on's script (dist/Code.js) failed to load, so its menu is missing:\n${state.loadError}`
      : '';
    // The address names the sheet on show, as Sheets' does (without a hashchange).
    const gid = state.sheetIds[currentSheet];
    if (gid !== undefined && window.location.hash !== `#gid=${gid}`) {
      history.replaceState(null, '', `#gid=${gid}`);
    }
    renderTabs();
    renderGrid();
    renderMenu();
    renderLocalTools();
    renderSidebar();
    if (seenAlerts === undefined) seenAlerts = state.alerts.length;
    for (const alert of state.alerts.slice(seenAlerts)) showDialog(alert);
    seenAlerts = state.alerts.length;
  }

  function renderTabs() {
    const tabs = $('tabs');
    tabs.replaceChildren();
    for (const name of state.sheets) {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.textContent = name;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(name === currentSheet));
      tab.addEventListener('click', async () => {
        currentSheet = name;
        selected = { row: 0, col: 0 };
        // As in Sheets, the tab a person clicks is the active sheet scripts see.
        await post('/api/activate', { sheet: name });
        await refresh();
      });
      tabs.append(tab);
    }
  }

  function renderGrid() {
    const sheet = state.sheet;
    const dataRows = sheet.display.length;
    const dataCols = Math.max(0, ...sheet.display.map((r) => r.length));
    const rows = Math.max(dataRows + 20, 40);
    const cols = Math.max(dataCols + 3, 12);
    const fragment = document.createDocumentFragment();
    const head = document.createElement('thead');
    const headRow = document.createElement('tr');
    const corner = document.createElement('th');
    corner.className = 'corner';
    headRow.append(corner);
    // Fixed layout needs the table's own width: then long text is clipped, not widening.
    let total = 46;
    for (let c = 0; c < cols; c++) {
      const th = document.createElement('th');
      th.textContent = letters(c);
      const width = sheet.columnWidths[c + 1] ?? defaultWidth(sheet, c);
      total += width;
      th.style.width = `${width}px`;
      if (c === selected.col) th.className = 'active';
      headRow.append(th);
    }
    head.append(headRow);
    fragment.append(head);
    const body = document.createElement('tbody');
    for (let r = 0; r < rows; r++) {
      const tr = document.createElement('tr');
      if (sheet.frozenRows > 0 && r === sheet.frozenRows - 1) tr.classList.add('frozen-edge');
      const th = document.createElement('th');
      th.textContent = String(r + 1);
      if (r === selected.row) th.className = 'active';
      tr.append(th);
      for (let c = 0; c < cols; c++) {
        const td = document.createElement('td');
        td.dataset.row = String(r);
        td.dataset.col = String(c);
        const text = sheet.display[r]?.[c] ?? '';
        td.textContent = text;
        if (sheet.numeric[r]?.[c]) td.classList.add('num');
        const background = sheet.backgrounds[r]?.[c];
        if (background) td.style.background = background;
        if (sheet.wraps[r]?.[c]) td.classList.add('wrap');
        // As in Sheets, text runs on over empty cells to its right.
        else if (text && !sheet.numeric[r]?.[c] && !sheet.display[r]?.[c + 1]) {
          td.classList.add('overflow');
        }
        const align = sheet.alignments[r]?.[c];
        if (align) td.style.textAlign = align;
        const rule = sheet.validations[r]?.[c];
        if (typeof rule === 'string' && rule) td.title = rule;
        if (Array.isArray(rule)) td.classList.add('list');
        const weight = sheet.fontWeights[r]?.[c];
        if (weight) td.style.fontWeight = weight;
        const color = sheet.fontColors[r]?.[c] || conditionalColor(sheet, r, c, text);
        if (color) td.style.color = color;
        const ruleBackground = conditionalBackground(sheet, r, c, text);
        if (ruleBackground) td.style.background = ruleBackground;
        const error = sheet.errors[a1(r, c)];
        if (error) {
          td.classList.add('error');
          td.title = error;
        }
        if (r === selected.row && c === selected.col) td.classList.add('selected');
        tr.append(td);
      }
      body.append(tr);
    }
    fragment.append(body);
    grid.style.width = `${total}px`;
    grid.replaceChildren(fragment);
    const more = $('more-rows');
    more.hidden = sheet.totalRows <= dataRows;
    more.textContent = `${sheet.totalRows - dataRows} more rows are not drawn in the preview.`;
    showSelection();
  }

  // Fits the data below the header (the header row wraps instead), as a person would.
  function defaultWidth(sheet, col) {
    const body = sheet.display.slice(sheet.frozenRows, 200);
    const longest = Math.max(0, ...body.map((r) => (r[col] ?? '').length));
    const headerWords = sheet.display
      .slice(0, sheet.frozenRows)
      .flatMap((r) => (r[col] ?? '').split(/[\s-]+/));
    const longestWord = Math.max(0, ...headerWords.map((w) => w.length));
    return Math.min(Math.max(longest * 7 + 16, longestWord * 8 + 16, 64), 180);
  }

  // The conditional format rules the add-on writes (text equal to / contains).
  function matchingRule(sheet, row, col, text) {
    for (const rule of sheet.conditionalFormatRules) {
      if (!rule.ranges.some((range) => inRange(range, row, col))) continue;
      const [value] = rule.condition.values;
      if (rule.condition.type === 'TEXT_EQUAL_TO' && text === String(value)) return rule;
      if (rule.condition.type === 'TEXT_CONTAINS' && text.includes(String(value))) return rule;
    }
    return undefined;
  }
  const conditionalColor = (sheet, r, c, text) => matchingRule(sheet, r, c, text)?.fontColor;
  const conditionalBackground = (sheet, r, c, text) => matchingRule(sheet, r, c, text)?.background;

  function inRange(range, row, col) {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range.replace(/\$/g, ''));
    if (!m) return false;
    const colOf = (s) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r1 = Number(m[2]) - 1;
    const c1 = colOf(m[1]);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? colOf(m[3]) : c1;
    return row >= r1 && row <= r2 && col >= c1 && col <= c2;
  }

  // =HYPERLINK("#gid=…", "text") cells get a link card under them, as in Sheets.
  const linkCard = document.createElement('a');
  linkCard.className = 'link-card';
  linkCard.hidden = true;
  $('grid-wrap').append(linkCard);
  function showLinkCard(formula) {
    const m = /^=HYPERLINK\(\s*"([^"]*)"/i.exec(formula || '');
    const cell = cellAt(selected.row, selected.col);
    linkCard.hidden = !m || !cell;
    if (!m || !cell) return;
    linkCard.textContent = m[1];
    linkCard.href = m[1];
    linkCard.target = m[1].startsWith('#') ? '_self' : '_blank';
    linkCard.style.top = `${cell.offsetTop + cell.offsetHeight + 2}px`;
    linkCard.style.left = `${cell.offsetLeft}px`;
  }

  function showSelection() {
    nameBox.value = a1(selected.row, selected.col);
    const formula = state.sheet.formulas[selected.row]?.[selected.col];
    showLinkCard(formula);
    if (document.activeElement !== formulaInput) {
      formulaInput.value = state.sheet.inputs[selected.row]?.[selected.col] ?? '';
    }
  }

  function cellAt(row, col) {
    return grid.querySelector(`td[data-row="${row}"][data-col="${col}"]`);
  }

  function select(row, col) {
    cellAt(selected.row, selected.col)?.classList.remove('selected');
    selected = { row: Math.max(0, row), col: Math.max(0, col) };
    const cell = cellAt(selected.row, selected.col);
    if (cell) {
      cell.classList.add('selected');
      cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    showSelection();
  }

  async function commit(row, col, value) {
    const outcome = await post('/api/cell', { sheet: currentSheet, a1: a1(row, col), value });
    if (!outcome.ok) showDialog(`There was a problem\n${outcome.error}`);
    await refresh();
  }

  // A cell with a list rule edits through a dropdown, as in Sheets.
  function startListEdit(cell, options) {
    const select = document.createElement('select');
    select.setAttribute('aria-label', `Choose ${a1(selected.row, selected.col)}`);
    const current = state.sheet.display[selected.row]?.[selected.col] ?? '';
    for (const option of ['', ...options]) {
      const element = document.createElement('option');
      element.value = option;
      element.textContent = option;
      element.selected = option === current;
      select.append(element);
    }
    const { row, col } = selected;
    editing = { row, col, input: select };
    cell.append(select);
    select.focus();
    const finish = (commitValue) => {
      if (editing?.input !== select) return;
      editing = undefined;
      if (commitValue) commit(row, col, select.value);
      else select.remove();
    };
    select.addEventListener('change', () => finish(true));
    select.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') finish(false);
    });
    select.addEventListener('blur', () => finish(false));
  }

  function startEdit(initial) {
    const cell = cellAt(selected.row, selected.col);
    if (!cell) return;
    const rule = state.sheet.validations[selected.row]?.[selected.col];
    if (Array.isArray(rule) && initial === undefined) {
      startListEdit(cell, rule);
      return;
    }
    const input = document.createElement('input');
    input.setAttribute('aria-label', `Edit ${a1(selected.row, selected.col)}`);
    input.value = initial ?? state.sheet.inputs[selected.row]?.[selected.col] ?? '';
    editing = { row: selected.row, col: selected.col, input };
    cell.append(input);
    input.focus();
    input.addEventListener('keydown', async (event) => {
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const { row, col } = editing;
        editing = undefined;
        selected = event.key === 'Enter' ? { row: row + 1, col } : { row, col: col + 1 };
        await commit(row, col, input.value);
      } else if (event.key === 'Escape') {
        editing = undefined;
        input.remove();
      }
    });
    input.addEventListener('blur', () => {
      if (editing?.input === input) {
        editing = undefined;
        commit(selected.row, selected.col, input.value);
      }
    });
  }

  grid.addEventListener('click', (event) => {
    const cell = event.target.closest('td');
    if (cell && !editing) select(Number(cell.dataset.row), Number(cell.dataset.col));
  });
  grid.addEventListener('dblclick', (event) => {
    const cell = event.target.closest('td');
    if (!cell) return;
    select(Number(cell.dataset.row), Number(cell.dataset.col));
    startEdit();
  });
  document.addEventListener('keydown', (event) => {
    if (editing || !state || event.target === formulaInput || !$('dialog').hidden) return;
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLButtonElement)
      return;
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (moves[event.key]) {
      event.preventDefault();
      select(selected.row + moves[event.key][0], selected.col + moves[event.key][1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEdit();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      commit(selected.row, selected.col, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      startEdit(event.key);
    }
  });
  formulaInput.addEventListener('keydown', async (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const { row, col } = selected;
      formulaInput.blur();
      await commit(row, col, formulaInput.value);
    } else if (event.key === 'Escape') {
      formulaInput.blur();
      showSelection();
    }
  });

  // Extensions ▸ add-on menu, from the menu the real onOpen built.
  const extensions = $('extensions');
  const dropdown = $('extensions-menu');
  function renderMenu() {
    dropdown.replaceChildren();
    const heading = document.createElement('div');
    heading.className = 'addon';
    heading.textContent = 'Partner Pilot';
    dropdown.append(heading);
    if (state.menu.length === 0) {
      const none = document.createElement('button');
      none.type = 'button';
      none.disabled = true;
      none.textContent = state.loadError
        ? 'Menu unavailable: the script failed to load'
        : 'No items';
      dropdown.append(none);
    }
    for (const item of state.menu) {
      if (!item.functionName) {
        dropdown.append(document.createElement('hr'));
        continue;
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'menuitem');
      button.textContent = item.name;
      button.addEventListener('click', () => runMenuItem(item.functionName));
      dropdown.append(button);
    }
  }
  const menus = [
    [extensions, dropdown],
    [$('file'), $('file-menu')],
  ];
  function closeMenu() {
    for (const [button, list] of menus) {
      list.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    }
  }
  for (const [button, list] of menus) {
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      const open = list.hidden;
      closeMenu();
      list.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
    });
  }
  document.addEventListener('click', (event) => {
    if (!menus.some(([, list]) => list.contains(event.target))) closeMenu();
  });
  async function runMenuItem(functionName) {
    closeMenu();
    toast(`Running script ${functionName}…`);
    const outcome = await post('/api/menu', { functionName });
    $('toast').hidden = true;
    if (!outcome.ok) showDialog(`Error\n${outcome.error}`);
    currentSheet = undefined;
    await refresh();
  }

  function renderSidebar() {
    const panel = $('sidebar');
    if (!state.sidebar || state.sidebar.version === shownSidebarVersion) return;
    shownSidebarVersion = state.sidebar.version;
    $('sidebar-title').textContent = state.sidebar.title || 'Add-on';
    frame.src = `${sidebarOrigin}/sidebar?v=${shownSidebarVersion}`;
    panel.hidden = false;
  }
  $('sidebar-close').addEventListener('click', () => {
    $('sidebar').hidden = true;
  });

  // google.script.run / google.script.host from the sidebar's bridge.
  window.addEventListener('message', async (event) => {
    if (event.source !== frame.contentWindow || event.origin !== sidebarOrigin) return;
    const message = event.data;
    if (!message) return;
    if (message.pp === 'close') {
      $('sidebar').hidden = true;
      return;
    }
    if (message.pp !== 'run') return;
    let outcome;
    try {
      outcome = await post('/api/run', { functionName: message.functionName, args: message.args });
    } catch (error) {
      outcome = { ok: false, error: `The local server did not answer: ${error.message}` };
    }
    frame.contentWindow?.postMessage({ pp: 'result', id: message.id, ...outcome }, sidebarOrigin);
    // The server function may have written to sheets: redraw.
    await refresh();
  });

  // Triggers and mail exist only as the runtime records them; these buttons show them.
  function renderLocalTools() {
    const triggers = $('run-triggers');
    triggers.hidden = state.triggers.length === 0;
    triggers.textContent = `Run triggers now (${state.triggers.length})`;
    const outbox = $('outbox');
    outbox.hidden = state.mail.length === 0;
    outbox.textContent = `Outbox (${state.mail.length})`;
  }
  $('run-triggers').addEventListener('click', async () => {
    toast(`Running ${state.triggers.join(', ')}…`);
    const outcome = await post('/api/triggers', {});
    $('toast').hidden = true;
    if (!outcome.ok) showDialog(`Error\n${outcome.error}`);
    await refresh();
  });
  $('outbox').addEventListener('click', () => {
    const text = state.mail
      .map((m) => `${m.at}  To: ${m.to}\nSubject: ${m.subject}\n\n${m.body}`)
      .join('\n\n――――――――\n\n');
    showDialog(`Outbox (sent with MailApp, kept on this machine)\n${text}`);
  });

  // '#gid=N' (a link from the add-on or a cell) opens that sheet, as in Sheets.
  async function followHash() {
    const m = /^#gid=(\d+)/.exec(window.location.hash);
    if (!m || !state) return;
    const name = Object.keys(state.sheetIds).find((n) => state.sheetIds[n] === Number(m[1]));
    if (!name) return;
    currentSheet = name;
    selected = { row: 0, col: 0 };
    await post('/api/activate', { sheet: name });
    await refresh();
  }
  window.addEventListener('hashchange', followHash);

  const requestedHash = window.location.hash;
  refresh().then(() => {
    if (requestedHash.startsWith('#gid=') && requestedHash !== window.location.hash) {
      history.replaceState(null, '', requestedHash);
      followHash();
    }
  });
})();
