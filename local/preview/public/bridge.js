// google.script.run and google.script.host for the add-on's sidebar in the local
// preview. As in Sheets, the sidebar runs on another origin than the page; calls are
// posted to the page, which runs them on the local server and posts the outcome back.
(() => {
  const serverFunctions = __SERVER_FUNCTIONS__;
  const pending = new Map();
  let nextId = 1;

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message = event.data;
    if (message?.pp !== 'result') return;
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.ok) {
      if (call.success) call.success(message.result, call.userObject);
      return;
    }
    const error = new Error(message.error);
    error.name = 'ScriptError';
    if (call.failure) call.failure(error, call.userObject);
    else console.error(error);
  });

  // Apps Script's rules for what google.script.run can carry (guides/html/communication).
  function carry(value, path, seen) {
    if (value === null || value === undefined) return value === undefined ? undefined : null;
    const type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean') return value;
    const illegal = () => {
      throw new Error(`Failed due to illegal value in property: ${path}`);
    };
    if (type !== 'object' || value instanceof Date || seen.includes(value)) illegal();
    const proto = Object.getPrototypeOf(value);
    const nested = seen.concat([value]);
    if (Array.isArray(value)) {
      return value.map((item, i) => {
        const copied = carry(item, `${path}.${i}`, nested);
        return copied === undefined ? null : copied;
      });
    }
    if (proto !== Object.prototype && proto !== null) illegal();
    const out = {};
    for (const key of Object.keys(value)) {
      const copied = carry(value[key], `${path}.${key}`, nested);
      if (copied !== undefined) out[key] = copied;
    }
    return out;
  }

  function runner(success, failure, userObject) {
    const run = {
      withSuccessHandler: (handler) => runner(handler, failure, userObject),
      withFailureHandler: (handler) => runner(success, handler, userObject),
      withUserObject: (object) => runner(success, failure, object),
    };
    for (const name of serverFunctions) {
      run[name] = (...args) => {
        const copied = args.map((arg, i) => carry(arg, String(i), []));
        const id = nextId++;
        pending.set(id, { success, failure, userObject });
        window.parent.postMessage({ pp: 'run', id, functionName: name, args: copied }, '*');
      };
    }
    return run;
  }

  window.google = window.google || {};
  window.google.script = {
    run: runner(undefined, undefined, undefined),
    host: {
      origin: window.location.origin,
      close: () => window.parent.postMessage({ pp: 'close' }, '*'),
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => undefined },
    },
    url: {
      getLocation: (callback) => callback({ hash: '', parameter: {}, parameters: {} }),
    },
  };
})();
