// The questionnaire editor: builds a form from a questionnaire (data-definition), reads it back and posts it to
// /api/survey-templates as the next version (data-key) or a new questionnaire. The server checks everything.
(function () {
  var form = document.getElementById('template-editor');
  if (!form) return;
  var q = JSON.parse(form.dataset.definition);
  var t = JSON.parse(form.dataset.labels);
  var types = ['Likert5', 'SingleChoice', 'MultipleChoice', 'Nps', 'Rating', 'Text', 'KanoPair'];
  var roles = ['None', 'Overall', 'Importance'];
  var sectionsBox = document.getElementById('tpl-sections');
  var counter = 0;

  function el(html) { var d = document.createElement('div'); d.innerHTML = html.trim(); return d.firstChild; }
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function newId(prefix) { counter++; return prefix + '-' + Date.now().toString(36) + counter; }

  function questionRow(x) {
    var row = el('<div class="tpl-question border rounded p-2 mb-2" data-id="' + esc(x.id) + '">' +
      '<div class="row g-2 align-items-center">' +
      '<div class="col-md-5"><input class="form-control form-control-sm q-text" aria-label="' + esc(t.question) + '" placeholder="' + esc(t.question) + '" value="' + esc(x.text) + '"></div>' +
      '<div class="col-md-2"><select class="form-select form-select-sm q-type" aria-label="' + esc(t.type) + '">' +
      types.map(function (k) { return '<option value="' + k + '"' + (k === x.type ? ' selected' : '') + '>' + esc(t['type.' + k]) + '</option>'; }).join('') + '</select></div>' +
      '<div class="col-md-2"><select class="form-select form-select-sm q-role" aria-label="' + esc(t.role) + '">' +
      roles.map(function (k) { return '<option value="' + k + '"' + (k === (x.role || 'None') ? ' selected' : '') + '>' + esc(t['role.' + k]) + '</option>'; }).join('') + '</select></div>' +
      '<div class="col-auto"><label class="small"><input type="checkbox" class="form-check-input q-required"' + (x.required ? ' checked' : '') + '> ' + esc(t.required) + '</label></div>' +
      '<div class="col-auto"><label class="small"><input type="checkbox" class="form-check-input q-na"' + (x.allowNotApplicable ? ' checked' : '') + '> ' + esc(t.na) + '</label></div>' +
      '<div class="col-auto ms-auto"><button type="button" class="btn btn-sm btn-link text-danger q-remove">' + esc(t.remove) + '</button></div>' +
      '<div class="col-md-6 q-options-box"><textarea class="form-control form-control-sm q-options" rows="2" placeholder="' + esc(t.options) + '">' +
      esc((x.options || []).map(function (o) { return o.key + '=' + o.text; }).join('\n')) + '</textarea></div>' +
      '<div class="col-md-6 q-dys-box"><input class="form-control form-control-sm q-dys" placeholder="' + esc(t.dysfunctional) + '" value="' + esc(x.dysfunctional) + '"></div>' +
      '</div></div>');
    function sync() {
      var type = row.querySelector('.q-type').value;
      row.querySelector('.q-options-box').hidden = type !== 'SingleChoice' && type !== 'MultipleChoice';
      row.querySelector('.q-dys-box').hidden = type !== 'KanoPair';
      row.querySelector('.q-na').closest('label').hidden = type !== 'Likert5';
    }
    row.querySelector('.q-type').addEventListener('change', sync);
    row.querySelector('.q-remove').addEventListener('click', function () { row.remove(); });
    sync();
    return row;
  }

  function sectionCard(s) {
    var card = el('<fieldset class="tpl-section border rounded p-3 mb-3" data-key="' + esc(s.key) + '">' +
      '<div class="row g-2 align-items-center mb-2">' +
      '<div class="col-md-6"><input class="form-control s-title fw-semibold" aria-label="' + esc(t.section) + '" placeholder="' + esc(t.section) + '" value="' + esc(s.title) + '"></div>' +
      '<div class="col-md-2"><input class="form-control s-weight" type="number" min="0" step="0.1" aria-label="' + esc(t.weight) + '" value="' + esc(s.weight) + '"></div>' +
      '<div class="col-auto"><label class="small"><input type="checkbox" class="form-check-input s-index"' + (s.inIndex ? ' checked' : '') + '> ' + esc(t.inIndex) + '</label></div>' +
      '<div class="col-auto ms-auto"><button type="button" class="btn btn-sm btn-link text-danger s-remove">' + esc(t.remove) + '</button></div>' +
      '</div><div class="s-questions"></div>' +
      '<button type="button" class="btn btn-sm btn-outline-secondary s-add">' + esc(t.addQuestion) + '</button></fieldset>');
    var box = card.querySelector('.s-questions');
    (s.questions || []).forEach(function (x) { box.appendChild(questionRow(x)); });
    card.querySelector('.s-add').addEventListener('click', function () {
      box.appendChild(questionRow({ id: newId('q'), type: 'Likert5', text: '', required: true, allowNotApplicable: true }));
    });
    card.querySelector('.s-remove').addEventListener('click', function () { card.remove(); });
    return card;
  }

  function read() {
    return {
      intro: document.getElementById('tpl-intro').value, privacy: document.getElementById('tpl-privacy').value,
      introEn: q.introEn, privacyEn: q.privacyEn,
      likertScores: document.getElementById('tpl-scores').value.split(/[\s,，/]+/).filter(Boolean).map(Number),
      sections: [].map.call(sectionsBox.querySelectorAll('.tpl-section'), function (card) {
        var old = (q.sections || []).find(function (s) { return s.key === card.dataset.key; }) || {};
        return {
          key: card.dataset.key, title: card.querySelector('.s-title').value.trim(), titleEn: old.titleEn,
          weight: Number(card.querySelector('.s-weight').value || 0), inIndex: card.querySelector('.s-index').checked,
          questions: [].map.call(card.querySelectorAll('.tpl-question'), function (row) {
            var type = row.querySelector('.q-type').value;
            var before = (old.questions || []).find(function (x) { return x.id === row.dataset.id; }) || {};
            var options = row.querySelector('.q-options').value.split('\n').map(function (l) { return l.trim(); }).filter(Boolean)
              .map(function (l, i) { var at = l.indexOf('='); return at > 0 ? { key: l.slice(0, at).trim(), text: l.slice(at + 1).trim() } : { key: 'o' + (i + 1), text: l }; });
            return {
              id: row.dataset.id, type: type, text: row.querySelector('.q-text').value.trim(),
              textEn: before.text === row.querySelector('.q-text').value.trim() ? before.textEn : null,
              required: row.querySelector('.q-required').checked,
              allowNotApplicable: type === 'Likert5' && row.querySelector('.q-na').checked,
              options: type === 'SingleChoice' || type === 'MultipleChoice' ? options : null,
              dysfunctional: type === 'KanoPair' ? row.querySelector('.q-dys').value.trim() : null,
              role: row.querySelector('.q-role').value,
            };
          }),
        };
      }),
    };
  }

  document.getElementById('tpl-intro').value = q.intro || '';
  document.getElementById('tpl-privacy').value = q.privacy || '';
  document.getElementById('tpl-scores').value = (q.likertScores || [20, 40, 60, 80, 100]).join(' ');
  (q.sections || []).forEach(function (s) { sectionsBox.appendChild(sectionCard(s)); });
  document.getElementById('tpl-add-section').addEventListener('click', function () {
    sectionsBox.appendChild(sectionCard({ key: newId('s'), title: '', weight: 1, inIndex: true, questions: [] }));
  });
  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    var box = document.getElementById('tpl-errors');
    box.classList.add('d-none');
    var body = { key: form.dataset.key || null, name: document.getElementById('tpl-name').value.trim(), questionnaire: read() };
    var r = await fetch('/api/survey-templates', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (r.ok) { location.href = '/surveys/templates/' + (await r.json()).id; return; }
    var problem = await r.json().catch(function () { return {}; });
    var messages = [];
    Object.keys(problem.errors || {}).forEach(function (k) { messages = messages.concat(problem.errors[k]); });
    box.innerHTML = '';
    (messages.length ? messages : [problem.title || t.failed]).forEach(function (m) { var p = document.createElement('div'); p.textContent = m; box.appendChild(p); });
    box.classList.remove('d-none');
  });
})();
