// quizbot's teacher pages: forms go to the JSON API with the session's CSRF
// token, errors appear next to their field, and the live view follows the
// class over server-sent events.
(() => {
  'use strict';
  const csrf = (document.querySelector('meta[name=csrf]') || {}).content || '';

  async function call(method, url, body) {
    const res = await fetch(url, {
      method, credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let data = null;
    try { data = await res.json(); } catch (e) { data = {error: 'The server did not answer. Try again.'}; }
    return {ok: res.ok, data};
  }

  function showError(form, data) {
    form.querySelectorAll('[data-error]').forEach(e => { e.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
    const field = (data && data.field) || '';
    const slot = form.querySelector(`[data-error="${field}"]`) || form.querySelector('[data-error=""]');
    if (slot) slot.textContent = (data && data.error) || 'That did not work.';
    const input = field && form.querySelector(`[name="${field}"]`);
    if (input) { input.setAttribute('aria-invalid', 'true'); input.focus(); }
  }

  const lines = v => v.split('\n').map(s => s.trim()).filter(s => s !== '');

  document.querySelectorAll('.question-form').forEach(form => form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const body = {};
    for (const el of form.elements) {
      if (el.name) body[el.name] = (el.name === 'options' || el.name === 'aliases') ? lines(el.value) : el.value.trim();
    }
    const r = await call(form.dataset.method, form.dataset.api, body);
    if (!r.ok) return showError(form, r.data);
    location.hash = 'q-' + r.data.id;
    location.reload();
  }));

  document.querySelectorAll('button.retire').forEach(b => b.addEventListener('click', async () => {
    const r = await call('PATCH', b.dataset.api, {retired: b.dataset.retired === 'true'});
    if (r.ok) { location.hash = 'q-' + r.data.id; location.reload(); } else { b.textContent = r.data.error; }
  }));

  const classForm = document.getElementById('class-form');
  if (classForm) classForm.addEventListener('submit', async ev => {
    ev.preventDefault();
    const f = classForm.elements;
    const r = await call('POST', '/api/classes', {
      topic: f.topic.value === '' ? '' : Number(f.topic.value),
      count: Number(f.count.value) || 0, seconds: Number(f.seconds.value) || 0,
    });
    if (!r.ok) return showError(classForm, r.data);
    location.href = '/classes/' + r.data.id;
  });

  const upload = document.getElementById('upload-form');
  if (upload) upload.addEventListener('submit', async ev => {
    ev.preventDefault();
    const button = upload.querySelector('button');
    button.disabled = true;
    button.textContent = 'Reading the text…';
    const res = await fetch('/api/topics', {method: 'POST', credentials: 'same-origin',
      headers: {'X-CSRF-Token': csrf, 'Accept': 'application/json'}, body: new FormData(upload)});
    let data = null;
    try { data = await res.json(); } catch (e) { data = {error: 'The server did not answer. Try again.'}; }
    button.disabled = false;
    button.textContent = 'Upload and make questions';
    if (!res.ok) return showError(upload, data);
    location.href = '/topics/' + data.id;
  });

  const publish = document.getElementById('publish');
  if (publish) publish.addEventListener('click', async () => {
    const r = await call('PATCH', publish.dataset.api, {draft: false});
    if (r.ok) location.reload(); else document.getElementById('publish-error').textContent = r.data.error;
  });

  const live = document.getElementById('live');
  if (live) follow(live);

  function follow(root) {
    const id = root.dataset.class;
    const $ = sel => document.getElementById(sel);
    const show = state => ['lobby', 'asking', 'reveal', 'done'].forEach(s => { $(s).hidden = s !== state; });
    const fill = (list, items, render) => { list.replaceChildren(...items.map(render)); };
    const li = (text, cls) => { const e = document.createElement('li'); e.textContent = text; if (cls) e.className = cls; return e; };
    let view = null, offset = 0;
    // Places in words, not medal emoji: projectors' fonts may lack them.
    const ordinal = n => n + (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] || 'th') + ':';

    function tick() {
      if (!view || !view.deadline || view.state !== 'asking') return;
      const left = Math.max(0, new Date(view.deadline).getTime() - (Date.now() + offset));
      $('seconds').textContent = Math.ceil(left / 1000) + ' s';
      $('countdown').value = view.seconds ? Math.min(100, left / 10 / view.seconds) : 0;
    }
    setInterval(tick, 200);

    function render(v) {
      view = v;
      offset = new Date(v.now).getTime() - Date.now();
      $('code').hidden = !v.code;
      $('code').textContent = v.code ? 'Code ' + v.code : '';
      $('progress').textContent = v.number ? `Question ${v.number} of ${v.total}` : `${v.total} questions`;
      root.querySelectorAll('[data-control]').forEach(b => {
        const c = b.dataset.control;
        b.hidden = v.state === 'done' || (c === 'start') !== (v.state === 'lobby');
      });
      if (v.state === 'lobby') {
        show('lobby');
        $('join-how').textContent = v.code ? `Students go to ${location.origin}/play and type the code ${v.code}, or send /class join ${v.code} to the bot on Telegram or Discord` : 'Students: press Join in the chat';
        $('lobby-count').textContent = v.students;
        fill($('joined'), v.joined, n => li(n));
      } else if (v.state === 'asking') {
        show('asking');
        $('stem').textContent = v.question.text;
        fill($('options'), v.question.options, o => li(o));
        $('answered').textContent = `${v.answered}/${v.students}`;
        tick();
      } else if (v.state === 'paused') {
        show('reveal');
        $('reveal-stem').textContent = v.question.text;
        $('reveal-answered').textContent = `${v.answered}/${v.students}`;
        $('reveal-right').textContent = v.right;
        const most = Math.max(1, ...(v.counts || [0]));
        fill($('dist'), v.question.options.length ? v.question.options : [v.question.answer], (o, i) => {
          const e = li('', i === v.correct ? 'right' : '');
          const label = document.createElement('span');
          label.textContent = v.question.options.length ? `${o}${i === v.correct ? ' ✓' : ''}` : `Answer: ${o} (${v.right} right)`;
          const bar = document.createElement('span');
          bar.className = 'barfill';
          const n = v.counts ? v.counts[i] : v.right;
          bar.style.width = (100 * n / most) + '%';
          const count = document.createElement('strong');
          count.textContent = String(n);
          e.append(label, bar, count);
          return e;
        });
        fill($('top'), v.top, t => li(`${t.name} — ${t.points} points`));
      } else {
        show('done');
        fill($('podium'), v.top, t => li(`${ordinal(t.place)} ${t.name} — ${t.points} points (${t.correct}/${t.answered} right)`, 'place' + t.place));
      }
    }

    const es = new EventSource(`/api/classes/${id}/events`);
    es.addEventListener('state', ev => { $('live-error').textContent = ''; render(JSON.parse(ev.data)); });
    es.addEventListener('end', () => es.close());
    es.onerror = () => { if (es.readyState !== EventSource.CLOSED) $('live-error').textContent = 'Reconnecting…'; };

    root.querySelectorAll('[data-control]').forEach(b => b.addEventListener('click', async () => {
      const r = await call('POST', `/api/classes/${id}/${b.dataset.control}`);
      $('live-error').textContent = r.ok ? '' : r.data.error;
      if (r.ok) render(r.data);
    }));
  }
})();
