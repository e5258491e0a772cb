// The student's page: follows the class over server-sent events (the
// browser reconnects by itself; the server sends the whole page on each
// connection) and sends answers with fetch, showing the verdict in place.
// Without script the forms still post and the page reloads.
'use strict';
(function () {
  const root = document.getElementById('play');
  if (!root) {
    // The join form: codes are typed in capitals whatever the keyboard does.
    const code = document.getElementById('code');
    if (code) code.addEventListener('input', () => { code.value = code.value.toUpperCase(); });
    return;
  }
  const $ = id => document.getElementById(id);
  const code = root.dataset.code;
  let view = null, offset = 0, sending = false;

  function show(id) {
    for (const s of ['lobby', 'asking', 'reveal', 'done']) $(s).hidden = s !== id;
  }
  function points(n) { return n === 1 ? '1 point' : n.toLocaleString('en') + ' points'; }
  function verdictText(m) {
    if (!m) return '';
    // Plain check marks: they show on every device, emoji fonts or not.
    return m.correct ? (m.points > 0 ? `✓ Right! +${m.points.toLocaleString('en')}` : '✓ Right!') : '✗ Not quite.';
  }
  function setVerdict(el, m) {
    el.textContent = verdictText(m);
    el.className = el.className.replace(/ ?(ok|bad)/g, '') + (m ? (m.correct ? ' ok' : ' bad') : '');
  }

  function tick() {
    if (!view || !view.deadline || view.state !== 'asking') return;
    const left = Math.max(0, new Date(view.deadline).getTime() - (Date.now() + offset));
    $('seconds').textContent = Math.ceil(left / 1000) + ' s';
    $('countdown').value = view.seconds ? Math.min(100, left / 10 / view.seconds) : 0;
  }
  setInterval(tick, 200);

  // The option buttons are made anew only when the question changes, so
  // that a press is never lost to a redraw.
  let shownKey = '';
  function renderQuestion(v) {
    const q = v.question;
    const key = v.number + '|' + q.text;
    const choice = q.options.length > 0;
    for (const f of [$('choices'), $('typed')]) f.querySelector('[name=question]').value = v.number;
    if (key !== shownKey) {
      shownKey = key;
      $('stem').textContent = q.text;
      const form = $('choices');
      form.querySelectorAll('button').forEach(b => b.remove());
      q.options.forEach((o, i) => {
        const b = document.createElement('button');
        b.type = 'submit'; b.name = 'option'; b.value = String(i + 1);
        const n = document.createElement('b'); n.textContent = String.fromCharCode(65 + i);
        b.append(n, ' ', o);
        form.append(b);
      });
      $('typed-text').value = '';
      $('verdict').textContent = '';
    }
    $('choices').hidden = !choice;
    $('typed').hidden = choice;
    const mine = v.mine;
    $('choices').querySelectorAll('button').forEach(b => {
      b.disabled = !!mine || sending;
      b.classList.toggle('picked', !!mine && Number(b.value) === mine.option);
    });
    $('typed').querySelectorAll('input,button').forEach(el => { el.disabled = (!!mine && mine.correct) || sending; });
    if (mine) setVerdict($('verdict'), mine);
  }

  function render(v) {
    view = v;
    offset = new Date(v.now).getTime() - Date.now();
    $('status').textContent = v.state === 'lobby' && v.total ? `${v.total} questions` : '';
    $('score').textContent = points(v.points);
    if (v.state === 'lobby') {
      show('lobby');
      $('lobby-count').textContent = v.students;
    } else if (v.state === 'asking') {
      show('asking');
      $('number').textContent = `Question ${v.number} of ${v.total}`;
      renderQuestion(v);
      tick();
    } else if (v.state === 'paused') {
      show('reveal');
      const m = v.mine;
      $('my-verdict').textContent = m ? verdictText(m) : 'You did not answer this one.';
      $('my-verdict').className = 'verdict big' + (m ? (m.correct ? ' ok' : ' bad') : '');
      $('answer').textContent = v.question.answer;
      $('explanation').textContent = v.question.explanation || '';
      $('explanation').hidden = !v.question.explanation;
      $('place').textContent = v.place ? `You are number ${v.place} of ${v.students} with ${points(v.points)}.` : '';
    } else {
      show('done');
      $('final').textContent = v.answered
        ? `You finished number ${v.place} of ${v.students}: ${points(v.points)}, ${v.right} of ${v.total} right.`
        : 'You did not answer any question in this class.';
      const q = v.question;
      $('last').hidden = !q;
      if (q) {
        $('last-answer').textContent = q.answer;
        $('last-explanation').textContent = q.explanation || '';
      }
    }
  }

  // Answers go with fetch; the verdict shows at once, and the next state
  // event confirms it.
  async function send(form, body) {
    if (sending) return;
    sending = true;
    form.querySelectorAll('button,input').forEach(el => { el.disabled = true; });
    try {
      const r = await fetch(form.action, { method: 'POST', body, headers: { 'Accept': 'application/json' } });
      const j = await r.json().catch(() => ({}));
      if (r.ok) {
        setVerdict($('verdict'), j);
        if (view && view.state === 'asking' && !view.mine) view.mine = { option: Number(body.get('option')) || 0, correct: j.correct, points: j.points };
      } else {
        $('verdict').textContent = j.error || 'That answer did not get through. Try again.';
        $('verdict').className = 'verdict bad';
      }
    } catch (e) {
      $('verdict').textContent = 'No connection. Try again.';
      $('verdict').className = 'verdict bad';
    } finally {
      sending = false;
      if (view && view.state === 'asking') renderQuestion(view);
    }
  }
  $('choices').addEventListener('submit', e => {
    e.preventDefault();
    const b = e.submitter;
    if (!b || !b.value) return;
    const body = new URLSearchParams(new FormData($('choices')));
    body.set('option', b.value);
    b.classList.add('picked');
    send($('choices'), body);
  });
  $('typed').addEventListener('submit', e => {
    e.preventDefault();
    if (!$('typed-text').value.trim()) return;
    send($('typed'), new URLSearchParams(new FormData($('typed'))));
  });

  const es = new EventSource(`/play/${encodeURIComponent(code)}/events`);
  es.addEventListener('state', e => render(JSON.parse(e.data)));
  es.addEventListener('end', () => es.close());
  es.onerror = () => { if (es.readyState !== EventSource.CLOSED) $('status').textContent = 'Reconnecting…'; };
})();
