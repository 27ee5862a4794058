// The interview page: start an interview, answer by typing or speaking, follow the clock, read the feedback and report.
// Server text only ever reaches the page as text nodes (textContent, append), never as markup, so none of it can run.
"use strict";

(() => {
  const POLL_MS = 1500;
  const STALE_MS = 10000; // no update for this long while live: poll once (covers a buffered event stream)

  const $ = (id) => document.getElementById(id);
  const el = {
    error: $("error"), errorText: $("error-text"), errorDismiss: $("error-dismiss"), announcer: $("announcer"),
    setup: $("setup"), setupTitle: $("setup-title"), startForm: $("start-form"), startButton: $("start-button"),
    customizedFields: $("customized-fields"),
    interview: $("interview"), phaseBadge: $("phase-badge"), phaseTitle: $("phase-title"),
    timers: $("timers"), phaseTimerLabel: $("phase-timer-label"), phaseTimer: $("phase-timer"), totalTimer: $("total-timer"),
    questionCard: $("question-card"), questionNumber: $("question-number"), questionText: $("question-text"),
    followUpTag: $("follow-up-tag"), closingTag: $("closing-tag"),
    answerTimerWrap: $("answer-timer-wrap"), answerTimer: $("answer-timer"), answerMeter: $("answer-meter"),
    answerTimerLabel: $("answer-timer-label"), answerByVoice: $("answer-by-voice"),
    voicePanel: $("voice-panel"), voiceStatus: $("voice-status"), voiceLevel: $("voice-level"),
    voiceDone: $("voice-done"), voiceRetry: $("voice-retry"), voiceType: $("voice-type"), voiceCaption: $("voice-caption"),
    answerForm: $("answer-form"), answerText: $("answer-text"), answerCount: $("answer-count"), answerButton: $("answer-button"),
    waiting: $("waiting"), waitingText: $("waiting-text"),
    summary: $("summary"), summaryScore: $("summary-score"), summaryDimensions: $("summary-dimensions"),
    summaryStrengths: $("summary-strengths"), summaryImprovements: $("summary-improvements"), summaryNarrative: $("summary-narrative"),
    report: $("report"), reportTitle: $("report-title"), reportHtml: $("report-html"), reportMd: $("report-md"),
    reportJson: $("report-json"), reportBody: $("report-body"),
    endButton: $("end-button"), newButton: $("new-button"),
    transcript: $("transcript"), transcriptEmpty: $("transcript-empty"), transcriptCount: $("transcript-count"),
  };

  const state = {
    id: null,
    view: null,
    receivedAt: 0,       // performance.now() when `view` arrived; countdowns run from its timeLeft
    shownQuestionId: null,
    answeredQuestionId: null,
    events: null,
    pollTimer: null,
    reportShownFor: null,
    busy: false,
    lastCheckAt: 0,      // performance.now() of the last clock-driven refresh
    errorShownAt: 0,
    voiceToken: null,    // identifies the question being asked aloud; a stale one stops its async steps
    voiceQuestionId: null,
    recording: null,
    upload: null,        // the pieces of the answer being spoken (MockInterviewVoice.AnswerUpload)
    questionAudio: null,
    typing: false,       // the candidate chose to type this question's answer
    startedQuestionId: null, // the question whose answering start was reported
  };

  // ---------- HTTP ----------

  async function api(path, options = {}) {
    let response;
    try {
      response = await fetch(path, {
        ...options,
        headers: {
          Accept: "application/json",
          ...(options.body ? { "Content-Type": "application/json" } : {}),
          ...options.headers,
        },
      });
    } catch {
      throw new Error("Could not reach the server. Check that it is running and try again.");
    }
    if (!response.ok) {
      throw new Error(await problemMessage(response));
    }
    const type = response.headers.get("Content-Type") || "";
    if (response.status === 204) return null;
    return type.includes("json") ? response.json() : response.text();
  }

  async function problemMessage(response) {
    const fallback = `The server answered ${response.status} ${response.statusText}.`.replace(" .", ".");
    try {
      const problem = await response.json();
      const parts = [problem.detail || problem.title || fallback];
      if (problem.errors && typeof problem.errors === "object") {
        for (const messages of Object.values(problem.errors)) {
          for (const message of [].concat(messages)) {
            if (!parts.includes(message)) parts.push(String(message));
          }
        }
      }
      return parts.join(" ");
    } catch {
      return fallback;
    }
  }

  const interviewPath = (suffix = "") => `/api/interviews/${encodeURIComponent(state.id)}${suffix}`;

  // ---------- Messages ----------

  function showError(message) {
    state.errorShownAt = performance.now();
    el.errorText.textContent = message;
    el.error.hidden = false;
  }

  function clearError() {
    el.error.hidden = true;
    el.errorText.textContent = "";
  }

  function announce(message) {
    // Clearing first makes screen readers repeat an identical message.
    el.announcer.textContent = "";
    window.setTimeout(() => { el.announcer.textContent = message; }, 50);
  }

  // ---------- Setup ----------

  function selectedMode() {
    return el.startForm.querySelector('input[name="mode"]:checked').value;
  }

  function toggleCustomizedFields() {
    el.customizedFields.hidden = selectedMode() !== "customized";
  }

  async function startInterview(event) {
    event.preventDefault();
    if (state.busy) return;
    clearError();
    const form = new FormData(el.startForm);
    const body = { mode: selectedMode() };
    for (const key of ["candidateName", "role", "seniority"]) {
      const value = String(form.get(key) || "").trim();
      if (value) body[key] = value;
    }
    const duration = String(form.get("durationMinutes") || "").trim();
    if (duration) {
      const minutes = Number(duration);
      if (!Number.isInteger(minutes) || minutes < 5 || minutes > 60) {
        showError("Length must be a whole number of minutes between 5 and 60.");
        $("duration").focus();
        return;
      }
      body.durationMinutes = minutes;
    }
    if (el.answerByVoice.checked) {
      if (!window.MockInterviewVoice?.supported()) {
        showError("This browser cannot record audio here (it needs a microphone and a secure page). Untick “Answer by voice” to type.");
        return;
      }
      body.answerMode = "voice";
    }
    if (body.mode === "customized") {
      for (const key of ["resumeText", "jobDescription"]) {
        const value = String(form.get(key) || "").trim();
        if (value) body[key] = value;
      }
    }

    setBusy(el.startButton, true, "Starting…");
    try {
      const view = await api("/api/interviews", { method: "POST", body: JSON.stringify(body) });
      beginInterview(view.id, view);
    } catch (error) {
      showError(error.message);
    } finally {
      setBusy(el.startButton, false, "Start interview");
    }
  }

  function setBusy(button, busy, label) {
    state.busy = busy;
    button.disabled = busy;
    button.textContent = label;
  }

  // ---------- Live updates ----------

  function beginInterview(id, view) {
    stopUpdates();
    Object.assign(state, { id, view: null, shownQuestionId: null, answeredQuestionId: null, reportShownFor: null });
    history.replaceState(null, "", `#interview=${encodeURIComponent(id)}`);
    el.setup.hidden = true;
    el.interview.hidden = false;
    el.answerText.value = "";
    updateCount();
    if (view) render(view);
    if (!isCompleted()) listen();
  }

  function listen() {
    if (!("EventSource" in window)) {
      startPolling();
      return;
    }
    const events = new EventSource(interviewPath("/events"));
    state.events = events;
    events.addEventListener("interview", (message) => {
      try {
        render(JSON.parse(message.data));
      } catch {
        // A malformed event is skipped; the next one or a poll repairs the view.
      }
    });
    events.addEventListener("error", () => {
      // The browser retries on its own while CONNECTING; once CLOSED, fall back to polling.
      if (events.readyState === EventSource.CLOSED && state.events === events) {
        state.events = null;
        if (!isCompleted()) startPolling();
      }
    });
  }

  function startPolling() {
    if (state.pollTimer) return;
    const tick = async () => {
      await refresh();
      if (state.pollTimer && !isCompleted()) state.pollTimer = window.setTimeout(tick, POLL_MS);
    };
    state.pollTimer = window.setTimeout(tick, 0);
  }

  function stopUpdates() {
    if (state.events) state.events.close();
    state.events = null;
    if (state.pollTimer) window.clearTimeout(state.pollTimer);
    state.pollTimer = null;
  }

  async function refresh() {
    if (!state.id) return;
    try {
      render(await api(interviewPath()));
    } catch (error) {
      showError(error.message);
    }
  }

  const isCompleted = () => state.view?.phase === "completed";

  // ---------- Rendering ----------

  function render(view) {
    if (!view || view.id !== state.id) return;
    clearErrorIfStale();
    state.view = view;
    state.receivedAt = performance.now();

    const phase = view.phase;
    el.phaseBadge.textContent = { questions: "Questions", summary: "Summary", completed: "Completed" }[phase] || phase;
    el.phaseBadge.className = `badge ${phase}`;
    el.phaseTitle.textContent = phaseTitle(view);
    el.phaseTimerLabel.textContent = phase === "summary" ? "Summary ends in" : "Questions end in";

    renderQuestion(view);
    renderVoice(view);
    // Once complete, the report below carries the feedback and the clocks have nothing left to count.
    renderSummary(phase === "completed" ? null : view.summary);
    el.timers.hidden = phase === "completed";
    renderTranscript(view.transcript || []);

    el.endButton.hidden = phase === "completed";
    el.endButton.textContent = phase === "summary" ? "Finish and get the report" : "End interview";
    el.newButton.hidden = phase !== "completed";

    if (phase === "completed") {
      stopUpdates();
      showReport(view);
    }
    tickClocks();
  }

  function phaseTitle(view) {
    const who = view.candidate?.name ? `, ${view.candidate.name}` : "";
    const mode = view.mode ? view.mode.charAt(0).toUpperCase() + view.mode.slice(1) : "Interview";
    if (view.phase === "summary") return `Feedback and closing${who}`;
    if (view.phase === "completed") return `Interview complete${who}`;
    return `${mode} interview${who}`;
  }

  function renderQuestion(view) {
    const question = view.question;
    const completed = view.phase === "completed";
    el.questionCard.hidden = completed;
    if (completed) return;

    if (!question) {
      // Between questions: the answer was accepted and the interviewer is choosing the next one.
      el.answerForm.hidden = true;
      el.answerTimerWrap.hidden = true;
      el.waiting.hidden = false;
      el.waitingText.textContent = view.phase === "summary" ? "Preparing your feedback…" : "Waiting for the next question…";
      if (!state.shownQuestionId) el.questionText.textContent = "The interviewer is getting ready…";
      return;
    }

    const isNew = question.id !== state.shownQuestionId;
    const waitingForNext = question.id === state.answeredQuestionId;
    el.answerForm.hidden = waitingForNext;
    el.waiting.hidden = !waitingForNext;
    el.answerTimerWrap.hidden = waitingForNext;
    if (!isNew) return;

    const previous = state.shownQuestionId;
    const timedOut = previous && previous !== state.answeredQuestionId;
    state.shownQuestionId = question.id;
    state.answeredQuestionId = null;
    state.typing = false;
    el.answerForm.hidden = false;
    el.waiting.hidden = true;
    el.answerTimerWrap.hidden = false;

    const closing = view.phase === "summary" || question.category === "closing";
    el.questionNumber.textContent = closing ? "" : `Question ${question.number}`;
    el.questionNumber.hidden = closing;
    el.followUpTag.hidden = !question.isFollowUp || closing;
    el.closingTag.hidden = !closing;
    el.questionText.textContent = question.text;
    el.answerText.value = "";
    updateCount();
    el.answerButton.disabled = false;

    const kind = closing ? "Closing question" : question.isFollowUp ? `Follow-up, question ${question.number}` : `Question ${question.number}`;
    announce(`${timedOut ? "Time is up; the interviewer moved on. " : ""}${kind}: ${question.text}`);
    el.answerText.focus({ preventScroll: true });
    el.questionCard.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  function renderSummary(summary) {
    el.summary.hidden = !summary;
    if (!summary) return;
    el.summaryScore.textContent = formatScore(summary.overallScore);
    el.summaryDimensions.replaceChildren(...Object.entries(summary.dimensions || {}).map(([name, score]) => {
      const item = document.createElement("div");
      const term = document.createElement("dt");
      term.textContent = humanize(name);
      const value = document.createElement("dd");
      value.textContent = formatScore(score);
      item.append(term, value);
      return item;
    }));
    fillHighlights(el.summaryStrengths, summary.strengths, "No particular strengths noted yet.");
    fillHighlights(el.summaryImprovements, summary.improvements, "Nothing specific to improve noted.");
    el.summaryNarrative.textContent = summary.narrative || "";
  }

  function fillHighlights(list, highlights, emptyText) {
    const items = (highlights || []).map((highlight) => {
      const item = document.createElement("li");
      item.textContent = typeof highlight === "string" ? highlight : highlight.text;
      if (highlight && highlight.evidence) {
        const evidence = document.createElement("span");
        evidence.className = "muted";
        evidence.textContent = ` — “${highlight.evidence}”`;
        item.append(evidence);
      }
      return item;
    });
    if (items.length === 0) {
      const item = document.createElement("li");
      item.className = "muted";
      item.textContent = emptyText;
      items.push(item);
    }
    list.replaceChildren(...items);
  }

  function renderTranscript(turns) {
    el.transcriptEmpty.hidden = turns.length > 0;
    el.transcriptCount.textContent = turns.length ? `(${turns.length})` : "";
    el.transcript.replaceChildren(...turns.map((turn) => {
      const item = document.createElement("li");
      const question = document.createElement("p");
      question.className = "transcript-q";
      if (turn.isFollowUp) {
        const tag = document.createElement("span");
        tag.className = "tag tag-follow-up";
        tag.textContent = "Follow-up";
        question.append(tag, " ");
      }
      question.append(turn.text);
      const answer = document.createElement("p");
      answer.className = "transcript-a";
      if (turn.answer) {
        answer.textContent = turn.answer;
      } else {
        answer.classList.add("missing");
        answer.textContent = turn.timedOut ? "No answer: time ran out." : "Not answered.";
      }
      item.append(question, answer);
      return item;
    }));
  }

  async function showReport(view) {
    el.report.hidden = false;
    if (state.reportShownFor === view.id) return;
    state.reportShownFor = view.id;
    const url = view.reportUrl || interviewPath("/report");
    el.reportHtml.href = `${url}?format=html`;
    el.reportMd.href = `${url}?format=md`;
    el.reportJson.href = `${url}?format=json`;
    el.reportBody.replaceChildren(paragraph("Loading the report…", "muted"));
    announce("The interview is complete. Your report is ready.");
    el.reportTitle.focus();
    try {
      const markdown = await api(`${url}?format=md`, { headers: { Accept: "text/markdown" } });
      el.reportBody.replaceChildren(...renderMarkdown(String(markdown)));
    } catch (error) {
      el.reportBody.replaceChildren(paragraph(error.message, "muted"));
    }
  }

  // ---------- A small, safe Markdown renderer: headings, lists (with indented quotes), tables, quotes, paragraphs ----------

  function renderMarkdown(markdown) {
    const nodes = [];
    let list = null;
    let table = null;
    let para = [];
    const flushPara = () => {
      if (para.length) nodes.push(withInline(document.createElement("p"), para.join(" ")));
      para = [];
    };
    const flushList = () => { if (list) nodes.push(list); list = null; };
    const flushTable = () => { if (table) nodes.push(table); table = null; };
    const flushAll = () => { flushPara(); flushList(); flushTable(); };

    for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
      const line = raw.trimEnd();
      const text = line.trim();
      let match;
      if (!text || /^(-{3,}|\*{3,})$/.test(text)) {
        flushAll();
      } else if ((match = /^(#{1,6})\s+(.*)$/.exec(line))) {
        flushAll();
        nodes.push(withInline(document.createElement(`h${Math.min(match[1].length + 1, 6)}`), match[2]));
      } else if ((match = /^\s*(?:[-*+]|(\d+)[.)])\s+(.*)$/.exec(line))) {
        flushPara(); flushTable();
        const tag = match[1] ? "ol" : "ul";
        if (!list || list.tagName.toLowerCase() !== tag) { flushList(); list = document.createElement(tag); }
        list.append(withInline(document.createElement("li"), match[2]));
      } else if (list && /^\s{2,}/.test(line)) {
        // A continuation of the last list item, e.g. the quoted evidence under a strength.
        const quote = /^>\s?(.*)$/.exec(text);
        const extra = withInline(document.createElement("div"), quote ? quote[1] : text);
        if (quote) extra.className = "muted";
        list.lastElementChild.append(extra);
      } else if (text.startsWith("|")) {
        flushPara(); flushList();
        const cells = text.replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
        if (cells.every((cell) => /^:?-{3,}:?$/.test(cell))) continue;
        const header = !table;
        if (!table) {
          table = document.createElement("table");
          table.append(document.createElement("thead"), document.createElement("tbody"));
        }
        const row = document.createElement("tr");
        for (const cell of cells) row.append(withInline(document.createElement(header ? "th" : "td"), cell));
        (header ? table.tHead : table.tBodies[0]).append(row);
      } else if ((match = /^>\s?(.*)$/.exec(text))) {
        flushAll();
        nodes.push(withInline(document.createElement("blockquote"), match[1]));
      } else {
        flushList(); flushTable();
        para.push(text);
      }
    }
    flushAll();
    return nodes;
  }

  function withInline(element, text) {
    const pattern = /(\*\*[^*]+\*\*|`[^`]+`|\*[^*\s][^*]*\*|_[^_\s][^_]*_)/g;
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      element.append(text.slice(last, match.index));
      const token = match[0];
      const tag = token.startsWith("**") ? "strong" : token.startsWith("`") ? "code" : "em";
      const inner = document.createElement(tag);
      inner.textContent = token.startsWith("**") ? token.slice(2, -2) : token.slice(1, -1);
      element.append(inner);
      last = match.index + token.length;
    }
    element.append(text.slice(last));
    return element;
  }

  function paragraph(text, className) {
    const p = document.createElement("p");
    p.textContent = text;
    if (className) p.className = className;
    return p;
  }

  // ---------- Clocks ----------

  function tickClocks() {
    const view = state.view;
    if (!view || el.interview.hidden) return;
    const elapsed = (performance.now() - state.receivedAt) / 1000;
    const left = (seconds) => (seconds == null ? null : Math.max(0, seconds - elapsed));
    const phaseLeft = left(view.timeLeft?.phaseSeconds);
    const totalLeft = left(view.timeLeft?.totalSeconds);
    const answerLeft = left(view.timeLeft?.answerSeconds);

    setClock(el.phaseTimer, phaseLeft, 60);
    setClock(el.totalTimer, totalLeft, 60);
    if (view.question && answerLeft != null) {
      setClock(el.answerTimer, answerLeft, 30);
      // A voice question first gives time to think; once the candidate speaks, the answer time runs.
      const question = view.question;
      const thinking = Boolean(question.thinkingDueAt && !question.answeringStartedAt);
      el.answerTimerLabel.textContent = thinking ? "Time to start answering" : "Time to answer";
      const from = thinking ? question.askedAt : question.answeringStartedAt || question.askedAt;
      const span = (Date.parse(thinking ? question.thinkingDueAt : question.answerDueAt) - Date.parse(from)) / 1000;
      const share = span > 0 ? Math.min(1, answerLeft / span) : 0;
      el.answerMeter.style.width = `${(share * 100).toFixed(1)}%`;
      el.answerMeter.classList.toggle("low", answerLeft <= 30);
    }

    // A deadline passed, or nothing arrived for a while (an event stream a proxy buffers): ask the server.
    const now = performance.now();
    const quiet = now - state.receivedAt;
    const deadlinePassed = answerLeft === 0 || phaseLeft === 0;
    if (!isCompleted() && !state.pollTimer && now - state.lastCheckAt > 2000
        && ((deadlinePassed && quiet > 1500) || quiet > STALE_MS)) {
      state.lastCheckAt = now;
      refresh();
    }
  }

  function setClock(node, seconds, lowBelow) {
    if (seconds == null) {
      node.textContent = "--:--";
      node.classList.remove("low");
      return;
    }
    const whole = Math.ceil(seconds);
    node.textContent = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
    node.classList.toggle("low", whole <= lowBelow && whole > 0);
  }

  // ---------- Answering and ending ----------

  async function submitAnswer(event) {
    event.preventDefault();
    const question = state.view?.question;
    if (!question || state.busy) return;
    const text = el.answerText.value.trim();
    if (!text) {
      showError("Write an answer first, or wait: an unanswered question is noted when its time runs out.");
      el.answerText.focus();
      return;
    }
    clearError();
    setBusy(el.answerButton, true, "Sending…");
    try {
      await api(interviewPath("/answers"), { method: "POST", body: JSON.stringify({ questionId: question.id, text }) });
      state.answeredQuestionId = question.id;
      el.answerForm.hidden = true;
      el.answerTimerWrap.hidden = true;
      el.waiting.hidden = false;
      el.waitingText.textContent = state.view.phase === "summary" ? "Writing your report…" : "Answer sent. Waiting for the next question…";
      announce("Answer sent.");
      if (!state.events && !state.pollTimer) refresh();
    } catch (error) {
      showError(error.message);
      el.answerText.focus();
    } finally {
      setBusy(el.answerButton, false, "Submit answer");
    }
  }

  async function endInterview() {
    if (!state.id || state.busy) return;
    const summary = state.view?.phase === "summary";
    const question = summary
      ? "Finish now and get the report?"
      : "End the questions now and go to the feedback?";
    if (!window.confirm(question)) return;
    clearError();
    setBusy(el.endButton, true, "Ending…");
    try {
      await api(interviewPath("/end"), { method: "POST" });
      announce(summary ? "Finishing the interview." : "Questions ended. Preparing your feedback.");
      if (!state.events && !state.pollTimer) refresh();
    } catch (error) {
      showError(error.message);
    } finally {
      setBusy(el.endButton, false, summary ? "Finish and get the report" : "End interview");
      if (state.view) el.endButton.hidden = isCompleted();
    }
  }

  function newInterview() {
    stopUpdates();
    stopVoice();
    Object.assign(state, { id: null, view: null, shownQuestionId: null, answeredQuestionId: null, reportShownFor: null });
    history.replaceState(null, "", location.pathname);
    el.interview.hidden = true;
    el.report.hidden = true;
    el.summary.hidden = true;
    el.reportBody.replaceChildren();
    el.setup.hidden = false;
    clearError();
    el.setupTitle.focus();
  }

  // ---------- Voice ----------

  // Shows the voice controls of the current question: asks it aloud once, then listens. A voice interview the server
  // has switched to text mode (no speech worker) shows its message and the text form; it returns to voice by itself.
  function renderVoice(view) {
    const question = view.question;
    const voice = view.voice;
    if (!voice || !question || view.phase === "completed" || question.id === state.answeredQuestionId) {
      stopVoice();
      el.voicePanel.hidden = true;
      return;
    }
    if (voice.current !== "voice" || state.typing) {
      stopVoice();
      const message = voice.current !== "voice" ? voice.message : null;
      el.voicePanel.hidden = !message;
      setVoiceStatus(message || "", {});
      el.voiceType.hidden = true;
      el.answerForm.hidden = false;
      return;
    }
    el.voicePanel.hidden = false;
    el.voiceType.hidden = false;
    el.answerForm.hidden = true;
    if (state.voiceQuestionId !== question.id) {
      state.voiceQuestionId = question.id;
      askAloud(question);
    }
  }

  function setVoiceStatus(text, { done = false, retry = false }) {
    el.voiceStatus.textContent = text;
    el.voiceDone.hidden = !done;
    el.voiceRetry.hidden = !retry;
    el.voiceLevel.style.width = "0%";
  }

  async function askAloud(question) {
    stopVoice();
    const token = {};
    state.voiceToken = token;
    setVoiceStatus("The interviewer is asking…", {});
    el.voiceCaption.textContent = "";
    try {
      const response = await fetch(interviewPath(`/questions/${encodeURIComponent(question.id)}/audio`), {
        headers: { Accept: "audio/ogg, audio/wav;q=0.9" },
      });
      if (response.ok && state.voiceToken === token) await play(await response.blob());
    } catch {
      // The question is on the screen; listening starts anyway.
    }
    if (state.voiceToken === token) listenForAnswer(question, token);
  }

  function play(blob) {
    return new Promise((resolve) => {
      const url = URL.createObjectURL(blob);
      const audio = new Audio(url);
      state.questionAudio = audio;
      const done = () => {
        URL.revokeObjectURL(url);
        if (state.questionAudio === audio) state.questionAudio = null;
        resolve();
      };
      audio.addEventListener("ended", done, { once: true });
      audio.addEventListener("error", done, { once: true });
      audio.addEventListener("pause", done, { once: true });
      audio.play().catch(done); // autoplay refused: the question is on the screen
    });
  }

  // Records the answer; each piece cut at a pause is uploaded (and transcribed) while the candidate still speaks, and
  // what was heard so far is shown as a caption.
  async function listenForAnswer(question, token) {
    const voice = window.MockInterviewVoice;
    const silence = state.view?.voice?.endOfTurnSilenceSeconds;
    el.voiceCaption.textContent = "";
    const upload = new voice.AnswerUpload({
      basePath: interviewPath(),
      questionId: question.id,
      onHeard: (caption) => { if (state.upload === upload) el.voiceCaption.textContent = caption; },
      onTextMode: (problem) => {
        if (state.upload !== upload) return;
        typeInstead(problem.detail || "Voice is unavailable right now; please type your answer.");
        refresh();
      },
    });
    const recording = new voice.Recording({
      silenceSeconds: silence,
      onSpeechStart: () => {
        setVoiceStatus(`Listening… a pause of ${silence} seconds or “Done speaking” ends your answer.`, { done: true });
        // Speaking stops the thinking clock; the answer time runs from now.
        reportAnsweringStarted();
      },
      onLevel: (level) => { el.voiceLevel.style.width = `${(level * 100).toFixed(0)}%`; },
      onPiece: (piece) => upload.sendPiece(piece.index, voice.encodeWav(piece.samples)),
    });
    state.recording = recording;
    state.upload = upload;
    setVoiceStatus("Your turn: take a moment to think, then speak.", { done: true });
    let result;
    try {
      result = await recording.start();
    } catch (error) {
      if (state.recording === recording) {
        state.recording = null;
        typeInstead(`The microphone is not available (${error.message}). Please type your answer.`);
      }
      return;
    }
    if (state.recording === recording) state.recording = null;
    if (!result || state.voiceToken !== token || state.upload !== upload) return;
    if (!result.spoke) {
      upload.cancel();
      state.upload = null;
      setVoiceStatus("I didn't hear anything. Record again, or type your answer.", { retry: true });
      return;
    }
    await sendSpokenAnswer(question, result, upload, token);
  }

  // Sends the end of the answer: the tail after the last piece with the pieces' tokens, or the whole recording when a
  // piece could not be used. The answer's audio is dropped once this returns (accepted or not: "Record again" records anew).
  async function sendSpokenAnswer(question, result, upload, token) {
    setVoiceStatus("Sending your answer…", {});
    const { encodeWav, tailOf } = window.MockInterviewVoice;
    let response;
    try {
      response = await upload.finish(encodeWav(tailOf(result.whole, result.tailStart)), encodeWav(result.whole));
    } catch {
      if (state.voiceToken === token) setVoiceStatus("Could not reach the server. Record again, or type your answer.", { retry: true });
      return;
    } finally {
      if (state.upload === upload) state.upload = null;
    }
    if (state.voiceToken !== token) return;
    if (response.ok) {
      state.answeredQuestionId = question.id;
      el.voicePanel.hidden = true;
      el.answerTimerWrap.hidden = true;
      el.waiting.hidden = false;
      el.waitingText.textContent = state.view.phase === "summary" ? "Writing your report…" : "Answer sent. Waiting for the next question…";
      announce("Answer sent.");
      if (!state.events && !state.pollTimer) refresh();
      return;
    }
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      // Not a problem document; the generic text below applies.
    }
    if (problem.textMode) {
      typeInstead(problem.detail || "Voice is unavailable right now; please type your answer.");
      refresh();
      return;
    }
    setVoiceStatus(`${problem.detail || "That recording could not be used."} Record again, or type your answer.`, { retry: true });
  }

  function typeInstead(message) {
    state.typing = true;
    stopVoice();
    el.voicePanel.hidden = !message;
    setVoiceStatus(message || "", {});
    el.voiceType.hidden = true;
    el.answerForm.hidden = false;
    el.answerText.focus();
  }

  // A voice question times out unless answering starts within the thinking time; typing starts it as speaking does.
  function reportAnsweringStarted() {
    const question = state.view?.question;
    if (!question || !question.thinkingDueAt || question.answeringStartedAt || state.startedQuestionId === question.id) return;
    state.startedQuestionId = question.id;
    api(interviewPath("/answers/speaking"), { method: "POST", body: JSON.stringify({ questionId: question.id }) })
      .then(() => { if (!state.events && !state.pollTimer) refresh(); })
      .catch(() => {});
  }

  function stopVoice() {
    state.voiceToken = null;
    state.recording?.cancel();
    state.recording = null;
    state.upload?.cancel();
    state.upload = null;
    state.questionAudio?.pause();
    state.questionAudio = null;
  }

  // ---------- Helpers ----------

  function clearErrorIfStale() {
    // Keep an error readable for a while even though live updates keep arriving.
    if (!el.error.hidden && performance.now() - state.errorShownAt > 8000) clearError();
  }

  function updateCount() {
    el.answerCount.textContent = `${el.answerText.value.length} / ${el.answerText.maxLength}`;
  }

  function formatScore(value) {
    return typeof value === "number" ? value.toFixed(1).replace(/\.0$/, "") : "–";
  }

  function humanize(name) {
    return String(name).replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();
  }

  // ---------- Wiring ----------

  el.startForm.addEventListener("submit", startInterview);
  el.startForm.addEventListener("change", toggleCustomizedFields);
  el.answerForm.addEventListener("submit", submitAnswer);
  el.answerText.addEventListener("input", () => {
    updateCount();
    reportAnsweringStarted();
  });
  el.answerText.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      el.answerForm.requestSubmit();
    }
  });
  el.endButton.addEventListener("click", endInterview);
  el.newButton.addEventListener("click", newInterview);
  el.errorDismiss.addEventListener("click", clearError);
  el.voiceDone.addEventListener("click", () => state.recording?.finish());
  el.voiceRetry.addEventListener("click", () => {
    const question = state.view?.question;
    if (!question) return;
    const token = {};
    state.voiceToken = token;
    listenForAnswer(question, token);
  });
  el.voiceType.addEventListener("click", () => typeInstead(null));
  window.setInterval(tickClocks, 250);

  toggleCustomizedFields();
  const resume = /^#interview=([0-9A-Za-z-]+)$/.exec(location.hash);
  if (resume) {
    state.id = decodeURIComponent(resume[1]);
    api(interviewPath())
      .then((view) => beginInterview(view.id, view))
      .catch((error) => { newInterview(); showError(`Could not resume the interview: ${error.message}`); });
  }
})();
