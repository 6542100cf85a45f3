/*
 * Zhengwu console: a small rich-text editor that enhances <textarea data-rich-text>. Without JavaScript the textarea
 * is submitted as it is (HTML), so every form still works. The server sanitizes the body whatever arrives.
 * Also: shows the policy / interpretation fields only for columns of that kind.
 */
(function () {
  'use strict';

  function csrf(form) {
    var input = form && form.querySelector('input[type="hidden"][name="_csrf"]');
    return input ? input.value : '';
  }

  function escapeAttr(text) {
    return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function enhance(textarea) {
    if (typeof document.execCommand !== 'function') {
      return;
    }
    var d = textarea.dataset;
    var form = textarea.form;
    var wrap = document.createElement('div');
    wrap.className = 'rte';
    var toolbar = document.createElement('div');
    toolbar.className = 'rte-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', d.labelToolbar || '');
    toolbar.setAttribute('aria-controls', textarea.id + '-rte');
    var area = document.createElement('div');
    area.id = textarea.id + '-rte';
    area.className = 'rte-area';
    area.contentEditable = 'true';
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    area.setAttribute('aria-labelledby', textarea.id + '-label');
    if (textarea.getAttribute('aria-describedby')) {
      area.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'));
    }
    if (textarea.getAttribute('aria-invalid')) {
      area.setAttribute('aria-invalid', textarea.getAttribute('aria-invalid'));
    }
    // Enter starts a new paragraph (<p>), not a <div> as Chrome and Safari would (the server turns any left into <p>)
    area.innerHTML = textarea.value;
    area.addEventListener('focus', function () {
      document.execCommand('defaultParagraphSeparator', false, 'p');
    });
    var showingSource = false;
    var savedRange = null;

    function saveSelection() {
      var sel = window.getSelection();
      if (sel && sel.rangeCount > 0 && area.contains(sel.getRangeAt(0).commonAncestorContainer)) {
        savedRange = sel.getRangeAt(0).cloneRange();
      }
    }

    function restoreSelection() {
      area.focus();
      if (savedRange) {
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(savedRange);
      }
    }

    function exec(command, value) {
      restoreSelection();
      document.execCommand(command, false, value);
      saveSelection();
    }

    function button(label, action) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'secondary';
      b.textContent = label;
      b.addEventListener('mousedown', function (e) { e.preventDefault(); });
      b.addEventListener('click', action);
      toolbar.appendChild(b);
      return b;
    }

    area.addEventListener('keyup', saveSelection);
    area.addEventListener('mouseup', saveSelection);
    area.addEventListener('blur', saveSelection);

    button(d.labelParagraph, function () { exec('formatBlock', '<p>'); });
    button(d.labelH2, function () { exec('formatBlock', '<h2>'); });
    button(d.labelH3, function () { exec('formatBlock', '<h3>'); });
    button(d.labelBold, function () { exec('bold'); });
    button(d.labelItalic, function () { exec('italic'); });
    button(d.labelUl, function () { exec('insertUnorderedList'); });
    button(d.labelOl, function () { exec('insertOrderedList'); });
    button(d.labelLink, function () {
      saveSelection();
      var url = window.prompt(d.labelLinkPrompt, 'https://');
      if (url && /^https?:\/\/\S+$/i.test(url.trim())) {
        exec('createLink', url.trim());
      }
    });

    var file = document.createElement('input');
    file.type = 'file';
    file.accept = '.jpg,.jpeg,.png,.gif,.webp';
    file.hidden = true;
    var status = document.createElement('span');
    status.className = 'rte-status';
    status.setAttribute('role', 'status');
    button(d.labelImage, function () { saveSelection(); file.click(); });
    file.addEventListener('change', function () {
      if (!file.files || !file.files[0]) {
        return;
      }
      var alt = window.prompt(d.labelAltPrompt, '');
      if (!alt || !alt.trim()) {
        file.value = '';
        return;
      }
      var data = new FormData();
      data.append('file', file.files[0]);
      data.append('alt', alt.trim());
      data.append('_csrf', csrf(form));
      status.textContent = d.labelUploading;
      fetch(d.uploadUrl, {
        method: 'POST', body: data, credentials: 'same-origin',
        headers: {'Accept': 'application/json', 'X-CSRF-TOKEN': csrf(form)}
      }).then(function (response) {
        return response.json().catch(function () { return {error: d.labelUploadFailed}; });
      }).then(function (json) {
        if (json.url) {
          status.textContent = '';
          exec('insertHTML', '<img src="' + escapeAttr(json.url) + '" alt="' + escapeAttr(json.alt) + '">');
        } else {
          status.textContent = json.error || d.labelUploadFailed;
        }
      }).catch(function () {
        status.textContent = d.labelUploadFailed;
      }).then(function () {
        file.value = '';
      });
    });

    button(d.labelClear, function () { exec('removeFormat'); });
    var sourceButton = button(d.labelSource, function () {
      if (showingSource) {
        area.innerHTML = textarea.value;
        textarea.hidden = true;
        area.hidden = false;
      } else {
        textarea.value = area.innerHTML;
        area.hidden = true;
        textarea.hidden = false;
      }
      showingSource = !showingSource;
      sourceButton.setAttribute('aria-pressed', String(showingSource));
    });
    sourceButton.setAttribute('aria-pressed', 'false');

    toolbar.appendChild(file);
    toolbar.appendChild(status);
    wrap.appendChild(toolbar);
    wrap.appendChild(area);
    textarea.parentNode.insertBefore(wrap, textarea);
    wrap.appendChild(textarea);
    textarea.hidden = true;
    if (form) {
      form.addEventListener('submit', function () {
        if (!showingSource) {
          textarea.value = area.innerHTML;
        }
      });
    }
    document.querySelectorAll('.no-editor').forEach(function (section) { section.hidden = true; });
  }

  /** Shows the fieldsets of policy or interpretation columns only for such a column; hidden ones are not submitted. */
  function kindFields() {
    var select = document.getElementById('columnId');
    var sets = document.querySelectorAll('fieldset[data-for-kind]');
    if (!select || sets.length === 0) {
      return;
    }
    function update() {
      var option = select.options[select.selectedIndex];
      var kind = option ? option.getAttribute('data-kind') : null;
      sets.forEach(function (set) {
        var on = set.getAttribute('data-for-kind') === kind;
        set.hidden = !on;
        set.disabled = !on;
      });
    }
    select.addEventListener('change', update);
    update();
  }

  /** Refuses a file over the limit before sending it, instead of uploading megabytes only to be refused. */
  function sizeLimits() {
    document.querySelectorAll('form[data-max-bytes]').forEach(function (form) {
      form.addEventListener('submit', function (e) {
        var max = Number(form.getAttribute('data-max-bytes'));
        var input = form.querySelector('input[type="file"]');
        if (input && input.files && input.files[0] && input.files[0].size > max) {
          e.preventDefault();
          window.alert(form.getAttribute('data-too-large'));
        }
      });
    });
  }

  document.querySelectorAll('textarea[data-rich-text]').forEach(enhance);
  kindFields();
  sizeLimits();
})();
