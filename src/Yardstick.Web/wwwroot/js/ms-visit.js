// The shopper's field record. Every change is kept in localStorage first and then sent as the whole record; while the
// network is away the unsent record (and any photo, in IndexedDB) waits in the browser and goes out when the connection
// returns or the page reopens.
(function () {
  var o = window.msVisit;
  if (!o) return;
  var T = o.texts;
  var key = 'ms-record-' + o.id;
  var api = '/api/ms/tasks/' + o.id;
  var stored = null;
  try { stored = JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { stored = null; }
  // Unsent local changes win over the server's copy: they are newer by definition. So does a sent copy the server has
  // acknowledged at a later version than this page shows: a reload during a save can be rendered before the save lands,
  // and editing that older copy would send it back without the words just saved.
  var newerThanPage = stored && !stored.dirty && stored.version > o.version;
  var record = stored && o.editable && (stored.dirty || newerThanPage) ? stored.record : o.record;
  var version = newerThanPage ? stored.version : o.version;
  record.timeline = record.timeline || [];
  record.items = record.items || {};
  var dirty = !!(stored && stored.dirty && o.editable);
  var sending = false, timer = null, retry = null;
  var state = document.getElementById('sync-state');

  function show(text, cls) { if (state) { state.textContent = text; state.className = cls || 'text-secondary'; } }
  function keep() { localStorage.setItem(key, JSON.stringify({ dirty: dirty, record: record, version: version, at: new Date().toISOString() })); }
  function changed() {
    dirty = true;
    keep();
    show(T.pending, 'text-warning');
    clearTimeout(timer);
    timer = setTimeout(send, 700);
  }

  async function send() {
    if (!dirty || sending || !o.editable) return !dirty;
    sending = true;
    var body = JSON.stringify(record);
    show(T.saving);
    try {
      var r = await fetch(api + '/record', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: body });
      if (r.ok) {
        var saved = await r.json().catch(function () { return {}; });
        if (saved.version > version) version = saved.version;
        // Only clean if nothing changed while the request was in flight.
        if (JSON.stringify(record) === body) { dirty = false; keep(); show(T.saved, 'text-success'); }
        else setTimeout(send, 0);
      } else {
        var p = await r.json().catch(function () { return {}; });
        show((p.title || '') + ' ' + Object.values(p.errors || {}).flat().join(' '), 'text-danger');
      }
    } catch (e) {
      show(T.offline, 'text-warning');
      clearTimeout(retry);
      retry = setTimeout(send, 15000);
    } finally {
      sending = false;
    }
    return !dirty;
  }
  window.addEventListener('online', send);
  window.addEventListener('pagehide', function () { keep(); });

  // ----- check-in -----
  var checkIn = document.getElementById('check-in');
  async function postCheckIn(body) {
    var r = await fetch(api + '/check-in', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (r.ok) { location.reload(); return; }
    var p = await r.json().catch(function () { return {}; });
    document.getElementById('check-in-error').textContent = (p.title || '') + ' ' + Object.values(p.errors || {}).flat().join(' ');
  }
  if (checkIn) {
    checkIn.addEventListener('click', function () {
      checkIn.disabled = true;
      checkIn.textContent = T.locating;
      if (!navigator.geolocation) { document.getElementById('no-location').classList.remove('d-none'); return; }
      navigator.geolocation.getCurrentPosition(function (pos) {
        postCheckIn({ latitude: pos.coords.latitude, longitude: pos.coords.longitude, accuracy: pos.coords.accuracy });
      }, function () {
        document.getElementById('check-in-error').textContent = T.noLocation;
        document.getElementById('no-location').classList.remove('d-none');
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 0 });
    });
    document.getElementById('check-in-anyway').addEventListener('click', function () {
      postCheckIn({ noLocationReason: document.getElementById('no-location-reason').value });
    });
  }

  // ----- timeline -----
  var list = document.getElementById('timeline');
  function pad(n) { return String(n).padStart(2, '0'); }
  function drawTimeline() {
    if (!list) return;
    list.innerHTML = '';
    record.timeline.slice().sort(function (a, b) { return new Date(a.at) - new Date(b.at); }).forEach(function (e) {
      var li = document.createElement('li');
      li.className = 'list-group-item d-flex align-items-center py-1';
      var d = new Date(e.at);
      var label = document.createElement('span');
      label.textContent = pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds()) + '  ' + (T['kind.' + e.kind] || e.kind) + (e.label ? ' · ' + e.label : '');
      li.appendChild(label);
      if (o.editable) {
        var x = document.createElement('button');
        x.type = 'button'; x.className = 'btn btn-link btn-sm text-danger ms-auto'; x.textContent = T.remove;
        x.addEventListener('click', function () { record.timeline.splice(record.timeline.indexOf(e), 1); drawTimeline(); changed(); });
        li.appendChild(x);
      }
      list.appendChild(li);
    });
  }
  document.querySelectorAll('#timeline-buttons [data-kind]').forEach(function (b) {
    b.addEventListener('click', function () { record.timeline.push({ kind: b.dataset.kind, at: new Date().toISOString() }); drawTimeline(); changed(); });
  });
  drawTimeline();

  // ----- items -----
  function lint(text) { return o.vagueWords.filter(function (w) { return text && text.indexOf(w) >= 0; }); }
  document.querySelectorAll('.ms-item').forEach(function (card) {
    var k = card.dataset.item;
    var item = record.items[k] || (record.items[k] = {});
    card.querySelectorAll('input[type=radio]').forEach(function (r) {
      r.checked = item.result === r.value;
      r.addEventListener('change', function () { item.result = r.value; changed(); });
    });
    var note = card.querySelector('[data-field=note]');
    var quote = card.querySelector('[data-field=quote]');
    var hint = card.querySelector('.vague-hint');
    note.value = item.note || '';
    quote.value = item.quote || '';
    function hintVague() { var w = lint(note.value); hint.textContent = w.length ? T.vague.replace('{0}', w.join('、')) : ''; }
    hintVague();
    note.addEventListener('input', function () { item.note = note.value; hintVague(); changed(); });
    quote.addEventListener('input', function () { item.quote = quote.value; changed(); });
    var input = card.querySelector('.evidence-input');
    if (input) input.addEventListener('change', async function () {
      var file = input.files[0];
      input.value = '';
      if (!file) return;
      try { await upload(k, file, file.name); }
      catch (e) {
        // No network (a basement): the file waits in the browser and goes out with the record.
        try { await enqueue(k, file); show(T.uploadQueued, 'text-warning'); drawEvidence(); }
        catch (e2) { show(T.uploadOffline, 'text-danger'); }
      }
    });
  });

  // ----- evidence waiting for the network: IndexedDB keeps files, which localStorage cannot -----
  function openStore() {
    return new Promise(function (ok, fail) {
      var q = indexedDB.open('yardstick-ms-evidence', 1);
      q.onupgradeneeded = function () { q.result.createObjectStore('files', { keyPath: 'id', autoIncrement: true }); };
      q.onsuccess = function () { ok(q.result); };
      q.onerror = function () { fail(q.error); };
    });
  }
  async function inStore(mode, work) {
    var db = await openStore();
    return new Promise(function (ok, fail) {
      var t = db.transaction('files', mode), result;
      t.oncomplete = function () { ok(result); };
      t.onerror = function () { fail(t.error); };
      work(t.objectStore('files'), function (r) { result = r; });
    });
  }
  function enqueue(item, file) { return inStore('readwrite', function (s) { s.add({ task: o.id, item: item, file: file, name: file.name }); }); }
  function unqueue(id) { return inStore('readwrite', function (s) { s.delete(id); }); }
  function queuedFiles() {
    return inStore('readonly', function (s, done) {
      var q = s.getAll();
      q.onsuccess = function () { done(q.result.filter(function (f) { return f.task === o.id; })); };
    }).catch(function () { return []; });
  }
  async function upload(item, file, name) {
    var form = new FormData();
    form.append('file', file, name);
    form.append('itemKey', item);
    var r = await fetch(api + '/evidence', { method: 'POST', body: form });
    var p = await r.json().catch(function () { return {}; });
    if (r.ok) {
      if (!o.evidence.some(function (e) { return e.id === p.id; })) o.evidence.push(p);
      drawEvidence();
      show(T.uploaded, 'text-success');
    }
    else show((p.title || '') + ' ' + Object.values(p.errors || {}).flat().join(' '), 'text-danger');
    return r.ok;
  }
  var flushing = false;
  async function flush() {
    if (flushing || !o.editable) return;
    flushing = true;
    try {
      for (var f of await queuedFiles()) {
        try { await upload(f.item, f.file, f.name); }
        catch (e) { break; } // still offline: try again when the network returns
        // Sent, or refused by the server (its message is shown): either way it no longer waits.
        await unqueue(f.id);
      }
    } finally { flushing = false; drawEvidence(); }
  }
  window.addEventListener('online', flush);

  async function drawEvidence() {
    var queue = await queuedFiles();
    document.querySelectorAll('.ms-item').forEach(function (card) {
      var box = card.querySelector('.evidence-list');
      box.innerHTML = '';
      o.evidence.filter(function (e) { return e.itemKey === card.dataset.item; }).forEach(function (e) {
        var a = document.createElement('a');
        a.href = e.url; a.target = '_blank'; a.className = 'evidence-thumb';
        if (e.contentType.indexOf('image/') === 0) {
          var img = document.createElement('img'); img.src = e.url; img.alt = ''; img.width = 64; img.height = 64; img.style.objectFit = 'cover';
          a.appendChild(img);
        } else a.textContent = e.contentType;
        box.appendChild(a);
      });
      queue.filter(function (f) { return f.item === card.dataset.item; }).forEach(function (f) {
        var waiting = document.createElement('span');
        waiting.className = 'evidence-queued badge text-bg-warning';
        waiting.textContent = T.queued + ' ' + f.name;
        box.appendChild(waiting);
      });
    });
  }
  drawEvidence().then(flush);

  var narrative = document.getElementById('narrative');
  if (narrative) {
    narrative.value = record.narrative || '';
    narrative.addEventListener('input', function () { record.narrative = narrative.value; changed(); });
  }
  document.querySelectorAll('input[name=exposed]').forEach(function (r) {
    r.checked = record.identityExposed !== undefined && record.identityExposed !== null && String(record.identityExposed) === r.value;
    r.addEventListener('change', function () { record.identityExposed = r.value === 'true'; changed(); });
  });
  var exposure = document.getElementById('exposure-note');
  if (exposure) {
    exposure.value = record.exposureNote || '';
    exposure.addEventListener('input', function () { record.exposureNote = exposure.value; changed(); });
  }

  // ----- submit -----
  var submit = document.getElementById('submit');
  if (submit) submit.addEventListener('click', async function () {
    var box = document.getElementById('submit-errors');
    box.classList.add('d-none');
    submit.disabled = true;
    try {
      if (!(await send())) { show(T.offline, 'text-warning'); return; }
      // Files still waiting would be missing from the submission: they must go first.
      await flush();
      if ((await queuedFiles()).length > 0) { show(T.offline, 'text-warning'); return; }
      var ignore = document.getElementById('ignore-vague').checked;
      var r = await fetch(api + '/submit', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ignoreVagueWords: ignore }) });
      if (r.ok) { localStorage.removeItem(key); location.reload(); return; }
      var p = await r.json().catch(function () { return {}; });
      var messages = Object.values(p.errors || {}).flat();
      box.innerHTML = '';
      (messages.length ? messages : [p.title || '']).forEach(function (m) { var d = document.createElement('div'); d.textContent = m; box.appendChild(d); });
      box.classList.remove('d-none');
      if (messages.some(function (m) { return m.indexOf('“') >= 0 && lint(m).length; })) document.getElementById('ignore-vague-box').classList.remove('d-none');
    } catch (e) {
      show(T.offline, 'text-warning');
    } finally {
      submit.disabled = false;
    }
  });

  if (dirty) { show(T.pending, 'text-warning'); send(); }
})();
