// Answering a questionnaire (_Questionnaire.cshtml): one section per screen, progress, required questions checked before
// moving on, answers saved as they go (when a draft URL is given) and restored, and the server's field errors shown
// next to their questions. Used by the owner's page (/s/{token}) and by staff entering paper and phone answers.
window.YardstickSurvey = function (form, options) {
    const sections = [...form.querySelectorAll('.survey-section')];
    const questions = [...form.querySelectorAll('.survey-q')];
    const byId = Object.fromEntries(questions.map(q => [q.dataset.id, q]));
    const prev = form.querySelector('#survey-prev'), next = form.querySelector('#survey-next'), submit = form.querySelector('#survey-submit');
    const failure = form.querySelector('#survey-failure'), saved = form.querySelector('#survey-saved');
    const paged = options.paged !== false;
    let current = 0, timer = null, edits = 0;

    function valueOf(q) {
        const id = q.dataset.id, type = q.dataset.type;
        const checked = name => form.querySelector(`input[name="${CSS.escape(name)}"]:checked`);
        switch (type) {
            case 'MultipleChoice': {
                const keys = [...form.querySelectorAll(`input[name="${CSS.escape(id)}"]:checked`)].map(i => i.value);
                return keys.length ? keys : null;
            }
            case 'KanoPair': {
                const f = checked(id + '.f'), d = checked(id + '.d');
                return f && d ? [Number(f.value), Number(d.value)] : null;
            }
            case 'Text': {
                const t = q.querySelector('textarea').value.trim();
                return t ? t : null;
            }
            case 'SingleChoice': { const c = checked(id); return c ? c.value : null; }
            default: { const c = checked(id); return c ? Number(c.value) : null; }
        }
    }

    function answers() {
        return questions.map(q => ({ questionId: q.dataset.id, value: valueOf(q) })).filter(a => a.value !== null);
    }

    function fill(draft) {
        for (const [id, value] of Object.entries(draft || {})) {
            const q = byId[id];
            if (!q) continue;
            const set = (name, v) => { const i = form.querySelector(`input[name="${CSS.escape(name)}"][value="${CSS.escape(String(v))}"]`); if (i) i.checked = true; };
            if (q.dataset.type === 'Text') q.querySelector('textarea').value = value;
            else if (q.dataset.type === 'KanoPair') { set(id + '.f', value[0]); set(id + '.d', value[1]); }
            else if (Array.isArray(value)) value.forEach(v => set(id, v));
            else set(id, value);
        }
    }

    function showError(q, message) {
        const box = q.querySelector('.survey-error');
        box.textContent = message || '';
        q.classList.toggle('survey-invalid', !!message);
    }

    function missingIn(section) {
        let first = null;
        for (const q of section.querySelectorAll('.survey-q')) {
            const missing = q.dataset.required === 'true' && valueOf(q) === null;
            showError(q, missing ? options.requiredMessage.replace('{0}', q.dataset.text) : '');
            if (missing && !first) first = q;
        }
        return first;
    }

    function progress() {
        const answered = questions.filter(q => valueOf(q) !== null).length;
        form.querySelector('#survey-progress').style.width = Math.round(100 * answered / questions.length) + '%';
        form.querySelector('#survey-step').textContent = paged
            ? options.stepText.replace('{0}', current + 1).replace('{1}', sections.length).replace('{2}', answered).replace('{3}', questions.length)
            : options.countText.replace('{0}', answered).replace('{1}', questions.length);
    }

    function show(index) {
        current = Math.max(0, Math.min(sections.length - 1, index));
        if (paged) sections.forEach((s, i) => s.hidden = i !== current);
        prev.hidden = !paged || current === 0;
        next.classList.toggle('d-none', !paged || current === sections.length - 1);
        submit.classList.toggle('d-none', paged && current !== sections.length - 1);
        progress();
    }

    // "Saved" shows only when the last change is on the server; closing the tab sends what is pending (keepalive).
    async function saveDraft(leaving) {
        timer = null;
        if (!options.draftUrl) return;
        const at = edits;
        const r = await fetch(options.draftUrl, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers: answers() }), keepalive: !!leaving });
        if (r.ok && saved && at === edits) saved.textContent = options.savedText;
    }

    form.addEventListener('change', e => {
        const q = e.target.closest('.survey-q');
        if (q && valueOf(q) !== null) showError(q, '');
        progress();
        edits++;
        if (saved) saved.textContent = '';
        clearTimeout(timer);
        timer = setTimeout(saveDraft, 600);
    });
    window.addEventListener('pagehide', () => { if (timer) { clearTimeout(timer); saveDraft(true); } });
    prev.addEventListener('click', () => { show(current - 1); window.scrollTo(0, 0); });
    next.addEventListener('click', () => {
        const missing = missingIn(sections[current]);
        if (missing) { missing.scrollIntoView({ block: 'center' }); return; }
        show(current + 1);
        window.scrollTo(0, 0);
    });
    form.addEventListener('submit', async e => {
        e.preventDefault();
        failure.classList.add('d-none');
        for (let i = 0; i < sections.length; i++) {
            const missing = missingIn(sections[i]);
            if (missing) { show(i); missing.scrollIntoView({ block: 'center' }); return; }
        }
        submit.disabled = true;
        try {
            const body = Object.assign({ answers: answers() }, options.extra ? options.extra() : {});
            const r = await fetch(options.submitUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
            if (r.ok) { clearTimeout(timer); timer = null; options.done(await r.json()); return; }
            const problem = await r.json().catch(() => ({}));
            const messages = [];
            for (const [field, list] of Object.entries(problem.errors || {})) {
                const q = field.startsWith('answers.') ? byId[field.substring(8)] : null;
                if (q) { showError(q, list.join(' ')); show(sections.indexOf(q.closest('.survey-section'))); }
                else messages.push(list.join(' '));
            }
            if (messages.length || !problem.errors) {
                failure.textContent = messages.join(' ') || problem.title || options.failedText;
                failure.classList.remove('d-none');
            }
        } finally {
            submit.disabled = false;
        }
    });

    fill(options.draft);
    show(0);
    return { answers, fill };
};
