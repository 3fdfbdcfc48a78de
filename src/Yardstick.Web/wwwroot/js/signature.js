// The customer signs on the screen during a home visit (上门回访). Strokes are drawn with pointer events, so a
// finger, a stylus and a mouse all work; the picture goes to the server as a PNG data URL.
(function () {
    const form = document.getElementById('visit-form');
    const canvas = document.getElementById('signature-pad');
    if (!form || !canvas) return;
    const ctx = canvas.getContext('2d');
    const block = document.getElementById('signature-block');
    const missing = document.getElementById('signature-missing');
    let drawn = false, last = null;

    function fit() {
        // Match the bitmap to the displayed size so strokes land under the finger.
        const ratio = window.devicePixelRatio || 1;
        canvas.width = canvas.clientWidth * ratio;
        canvas.height = canvas.clientHeight * ratio;
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        ctx.lineWidth = 2.5;
        ctx.lineCap = 'round';
        ctx.lineJoin = 'round';
        ctx.strokeStyle = '#111';
        drawn = false;
    }
    function point(e) {
        const r = canvas.getBoundingClientRect();
        return { x: e.clientX - r.left, y: e.clientY - r.top };
    }
    canvas.addEventListener('pointerdown', e => { canvas.setPointerCapture(e.pointerId); last = point(e); });
    canvas.addEventListener('pointermove', e => {
        if (!last) return;
        const p = point(e);
        ctx.beginPath();
        ctx.moveTo(last.x, last.y);
        ctx.lineTo(p.x, p.y);
        ctx.stroke();
        last = p;
        drawn = true;
        missing.classList.add('d-none');
    });
    ['pointerup', 'pointercancel', 'pointerleave'].forEach(t => canvas.addEventListener(t, () => { last = null; }));
    document.getElementById('signature-clear').addEventListener('click', () => { ctx.clearRect(0, 0, canvas.width, canvas.height); drawn = false; });

    function method() { return (form.querySelector('input[name=method]:checked') || {}).value; }
    function toggle() { block.classList.toggle('d-none', method() !== 'Home'); }
    form.querySelectorAll('input[name=method]').forEach(r => r.addEventListener('change', toggle));

    form.addEventListener('submit', e => {
        const field = document.getElementById('signature');
        if (method() !== 'Home') { field.value = ''; return; }
        if (!drawn) { e.preventDefault(); missing.classList.remove('d-none'); return; }
        field.value = canvas.toDataURL('image/png');
    });
    fit();
    toggle();
})();
