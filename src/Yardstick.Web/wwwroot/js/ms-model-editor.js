// The scoring-model editor: builds a form from a model definition (data-definition) and posts it to
// /api/ms/scoring-models under the model's key (data-key). The server checks the whole model and answers in Chinese.
(function () {
  var form = document.getElementById('model-editor');
  if (!form) return;
  var def = JSON.parse(form.dataset.definition);
  var t = JSON.parse(form.dataset.labels);
  var posts = ['Gate', 'CustomerService', 'Engineering', 'Security', 'Cleaning', 'Greening', 'Butler', 'Supervisor'];
  var box = document.getElementById('model-dimensions');
  var counter = 0;

  function el(html) { var d = document.createElement('div'); d.innerHTML = html.trim(); return d.firstChild; }
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  // Keys tie results, scenarios and findings to an item; new ones only need to be unique within the model.
  function newKey(prefix) { counter++; return prefix + '-' + Date.now().toString(36) + counter; }

  function dimensionOptions(selected) {
    return [].map.call(box.querySelectorAll('.ms-dimension'), function (card) {
      var name = card.querySelector('.d-name').value || card.dataset.key;
      return '<option value="' + esc(card.dataset.key) + '"' + (card.dataset.key === selected ? ' selected' : '') + '>' + esc(name) + '</option>';
    }).join('');
  }

  function refreshDimensionSelects() {
    box.querySelectorAll('.i-dimension').forEach(function (select) { select.innerHTML = dimensionOptions(select.closest('.ms-dimension').dataset.key); });
    var sum = [].reduce.call(box.querySelectorAll('.d-weight'), function (a, input) { return a + Number(input.value || 0); }, 0);
    var label = document.getElementById('model-weight-sum');
    label.textContent = t.weightSum + ' ' + Math.round(sum * 1000) / 1000;
    label.className = 'small ' + (Math.abs(sum - 100) < 0.001 ? 'text-success' : 'text-danger fw-semibold');
  }

  function itemRow(x) {
    var row = el('<div class="ms-item border rounded p-2 mb-2" data-key="' + esc(x.key) + '">' +
      '<div class="row g-2 align-items-center">' +
      '<div class="col-md-4"><input class="form-control form-control-sm i-title" maxlength="100" aria-label="' + esc(t.item) + '" placeholder="' + esc(t.item) + '" value="' + esc(x.title) + '"></div>' +
      '<div class="col-md-2"><select class="form-select form-select-sm i-post" aria-label="' + esc(t.post) + '">' +
      posts.map(function (p) { return '<option value="' + p + '"' + (p === x.post ? ' selected' : '') + '>' + esc(t['post.' + p]) + '</option>'; }).join('') + '</select></div>' +
      '<div class="col-md-2"><select class="form-select form-select-sm i-dimension" aria-label="' + esc(t.dimension) + '"></select></div>' +
      '<div class="col-md-1"><input class="form-control form-control-sm i-points" type="number" min="0.5" step="0.5" aria-label="' + esc(t.points) + '" title="' + esc(t.points) + '" value="' + esc(x.points) + '"></div>' +
      '<div class="col-auto"><label class="small"><input type="checkbox" class="form-check-input i-evidence"' + (x.evidenceRequired ? ' checked' : '') + '> ' + esc(t.evidence) + '</label></div>' +
      '<div class="col-auto"><label class="small"><input type="checkbox" class="form-check-input i-red"' + (x.redLine ? ' checked' : '') + '> ' + esc(t.redLine) + '</label></div>' +
      '<div class="col-auto ms-auto"><button type="button" class="btn btn-sm btn-link text-danger i-remove">' + esc(t.remove) + '</button></div>' +
      '<div class="col-md-6"><textarea class="form-control form-control-sm i-standard" rows="2" maxlength="500" aria-label="' + esc(t.standard) + '" placeholder="' + esc(t.standard) + '">' + esc(x.standard) + '</textarea></div>' +
      '<div class="col-md-6"><textarea class="form-control form-control-sm i-criterion" rows="2" maxlength="500" aria-label="' + esc(t.criterion) + '" placeholder="' + esc(t.criterion) + '">' + esc(x.criterion) + '</textarea></div>' +
      '</div></div>');
    row.querySelector('.i-remove').addEventListener('click', function () { row.remove(); });
    // Moving an item to another dimension moves its row there.
    row.querySelector('.i-dimension').addEventListener('change', function (e) {
      var target = box.querySelector('.ms-dimension[data-key="' + CSS.escape(e.target.value) + '"] .d-items');
      if (target) { target.appendChild(row); refreshDimensionSelects(); }
    });
    return row;
  }

  function dimensionCard(d, items) {
    var card = el('<fieldset class="ms-dimension border rounded p-3 mb-3" data-key="' + esc(d.key) + '">' +
      '<div class="row g-2 align-items-center mb-2">' +
      '<div class="col-md-5"><input class="form-control d-name fw-semibold" maxlength="50" aria-label="' + esc(t.dimension) + '" placeholder="' + esc(t.dimension) + '" value="' + esc(d.name) + '"></div>' +
      '<div class="col-md-2"><div class="input-group"><span class="input-group-text">' + esc(t.weight) + '</span><input class="form-control d-weight" type="number" min="0" step="0.5" aria-label="' + esc(t.weight) + '" value="' + esc(d.weight) + '"></div></div>' +
      '<div class="col-auto ms-auto"><button type="button" class="btn btn-sm btn-link text-danger d-remove">' + esc(t.remove) + '</button></div>' +
      '</div><div class="d-items"></div>' +
      '<button type="button" class="btn btn-sm btn-outline-secondary d-add">' + esc(t.addItem) + '</button></fieldset>');
    var list = card.querySelector('.d-items');
    items.forEach(function (x) { list.appendChild(itemRow(x)); });
    card.querySelector('.d-add').addEventListener('click', function () {
      list.appendChild(itemRow({ key: newKey('item'), post: 'CustomerService', title: '', standard: '', criterion: '', points: 2 }));
      refreshDimensionSelects();
    });
    card.querySelector('.d-remove').addEventListener('click', function () { card.remove(); refreshDimensionSelects(); });
    card.querySelector('.d-name').addEventListener('input', refreshDimensionSelects);
    card.querySelector('.d-weight').addEventListener('input', refreshDimensionSelects);
    return card;
  }

  // "90 优秀，80 良好，70 合格，0 不合格" → [{min: 90, name: "优秀"}, …]; anything unreadable is left to the server to refuse.
  function readGrades(text) {
    return text.split(/[,，;；\n]+/).map(function (part) { return part.trim(); }).filter(Boolean).map(function (part) {
      var m = /^(-?\d+(?:\.\d+)?)\s*(.*)$/.exec(part);
      return m ? { min: Number(m[1]), name: m[2].trim() } : { min: -1, name: part };
    });
  }

  function read() {
    var dimensions = [], items = [];
    box.querySelectorAll('.ms-dimension').forEach(function (card) {
      dimensions.push({ key: card.dataset.key, name: card.querySelector('.d-name').value.trim(), weight: Number(card.querySelector('.d-weight').value || 0) });
      card.querySelectorAll('.ms-item').forEach(function (row) {
        items.push({
          key: row.dataset.key, dimension: card.dataset.key, post: row.querySelector('.i-post').value,
          title: row.querySelector('.i-title').value.trim(), standard: row.querySelector('.i-standard').value.trim(),
          criterion: row.querySelector('.i-criterion').value.trim(), points: Number(row.querySelector('.i-points').value || 0),
          evidenceRequired: row.querySelector('.i-evidence').checked, redLine: row.querySelector('.i-red').checked,
        });
      });
    });
    return { dimensions: dimensions, items: items, grades: readGrades(document.getElementById('model-grades').value) };
  }

  (def.dimensions || []).forEach(function (d) {
    box.appendChild(dimensionCard(d, (def.items || []).filter(function (i) { return i.dimension === d.key; })));
  });
  refreshDimensionSelects();
  document.getElementById('model-add-dimension').addEventListener('click', function () {
    box.appendChild(dimensionCard({ key: newKey('dim'), name: '', weight: 0 }, []));
    refreshDimensionSelects();
  });
  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    var errors = document.getElementById('model-errors');
    errors.classList.add('d-none');
    var body = {
      key: form.dataset.key, name: document.getElementById('model-name').value.trim(),
      propertyType: document.getElementById('model-type').value, definition: read(),
    };
    var r = await fetch('/api/ms/scoring-models', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (r.ok) { location.href = '/ms/models/' + (await r.json()).model.id; return; }
    var problem = await r.json().catch(function () { return {}; });
    var messages = [];
    Object.keys(problem.errors || {}).forEach(function (k) { messages = messages.concat(problem.errors[k]); });
    errors.innerHTML = '';
    (messages.length ? messages : [problem.title || t.failed]).forEach(function (m) { var p = document.createElement('div'); p.textContent = m; errors.appendChild(p); });
    errors.classList.remove('d-none');
    errors.scrollIntoView({ block: 'center' });
  });
})();
