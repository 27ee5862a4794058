// Spoken answers in the browser: captures the microphone as PCM, decides when the candidate has finished (the "Done
// speaking" button, or a silence as long as the interview's endOfTurnSilenceSeconds; never before the first word, which
// is thinking time the server bounds), and cuts the answer into pieces at pauses while the candidate speaks, so each
// piece is transcribed as it arrives and only the tail is left when the answer ends (docs/voice.md, "Answers in pieces").
// The pure parts (detector, cutter, downsampler, WAV encoder) need no browser, so they are tested on their own.
"use strict";

const MockInterviewVoice = (() => {
  const RATE = 16000;           // what the speech worker gets: 16 kHz mono 16-bit PCM WAV
  const FRAME_SECONDS = 0.02;
  const FRAME = RATE * FRAME_SECONDS; // 320 samples
  const MIN_LEVEL = 0.008;      // RMS below this is silence whatever the room
  const SPEECH_OVER_FLOOR = 3;  // speech is this many times louder than the room's noise floor
  const SPEECH_FRAMES = 3;      // consecutive loud frames before speech counts (a click is shorter)
  const PIECE_PAUSE = 0.35;     // a pause this long (seconds) after MIN_PIECE is where a piece is cut
  const MIN_PIECE = 1.2;
  const MAX_PIECE = 15;         // with no such pause, cut at the quietest frame of the last second
  const MAX_PIECES = 64;        // the server takes pieces 0..63; what follows the last is the tail

  // ---------- Pure logic ----------

  // RMS of samples[start, start + length).
  function frameLevel(samples, start = 0, length = samples.length - start) {
    let sum = 0;
    for (let i = start; i < start + length; i++) sum += samples[i] * samples[i];
    return length > 0 ? Math.sqrt(sum / length) : 0;
  }

  // The energy detector, one 20 ms frame at a time. The floor follows the room down at once and up slowly, so speech
  // never becomes the floor; speech starts after SPEECH_FRAMES loud frames in a row.
  class VoiceActivity {
    constructor() {
      this.floor = null;
      this.loudRun = 0;
      this.quietRun = 0;
      this.spoke = false;
      this.frames = 0;
      this.lastVoiceFrame = -1; // the last frame that was speech (a loud run of SPEECH_FRAMES or more)
    }

    // Returns { loud, voice, startedNow }: loud: this frame is over the threshold; voice: it is part of speech.
    push(level) {
      this.floor = this.floor == null ? level : Math.min(level, this.floor * 1.002 + 0.00001);
      const loud = level > Math.max(MIN_LEVEL, this.floor * SPEECH_OVER_FLOOR);
      this.loudRun = loud ? this.loudRun + 1 : 0;
      this.quietRun = loud ? 0 : this.quietRun + 1;
      const voice = this.loudRun >= SPEECH_FRAMES;
      const startedNow = voice && !this.spoke;
      if (voice) {
        this.spoke = true;
        this.lastVoiceFrame = this.frames;
      }
      this.frames++;
      return { loud, voice, startedNow };
    }

    // Frames since the last speech frame (0 before the first word: silence then ends nothing).
    silentFrames() { return this.spoke ? this.frames - 1 - this.lastVoiceFrame : 0; }
  }

  // Where pieces are cut, by the contract's rule, fed one frame at a time after the detector. Cut positions are sample
  // indices from the start of the answer; piece k is [cuts[k-1], cuts[k]) (cuts[-1] = 0), so pieces are contiguous.
  class PieceCutter {
    constructor({ frame = FRAME, rate = RATE, maxPieces = MAX_PIECES } = {}) {
      this.frame = frame;
      this.pauseFrames = Math.ceil(PIECE_PAUSE / FRAME_SECONDS - 1e-9);
      this.minSamples = Math.round(MIN_PIECE * rate / frame) * frame;
      this.maxSamples = Math.round(MAX_PIECE * rate / frame) * frame;
      this.secondFrames = Math.round(rate / frame);
      this.maxPieces = maxPieces;
      this.levels = [];         // the last second's levels, for the quietest frame
      this.frames = 0;
      this.previousCut = 0;
      this.cuts = [];
    }

    // level: the frame's RMS; quietRun: frames in a row under the threshold, this one included; spoke: speech has
    // started. Returns the new cut's sample position, or null.
    push(level, quietRun, spoke) {
      const index = this.frames++;
      this.levels.push(level);
      if (this.levels.length > this.secondFrames) this.levels.shift();
      if (!spoke || this.cuts.length >= this.maxPieces) return null; // thinking time stays in piece 0
      const frameEnd = (index + 1) * this.frame;
      const pauseStart = frameEnd - quietRun * this.frame;
      let at = null;
      if (quietRun === this.pauseFrames && pauseStart - this.previousCut >= this.minSamples) {
        at = pauseStart + Math.floor(this.pauseFrames * this.frame / 2);
      } else if (frameEnd - this.previousCut >= this.maxSamples) {
        let quietest = this.levels.length - 1;
        for (let i = this.levels.length - 1; i >= 0; i--) if (this.levels[i] < this.levels[quietest]) quietest = i;
        const frameIndex = index - (this.levels.length - 1 - quietest);
        at = frameIndex * this.frame + Math.floor(this.frame / 2);
      }
      if (at == null) return null;
      this.cuts.push(at);
      this.previousCut = at;
      return at;
    }
  }

  // Streaming downsampler to 16 kHz: a windowed-sinc low-pass under the new Nyquist frequency (so nothing above it
  // folds back into speech), then linear interpolation at the output instants. process() takes any chunk size and
  // returns what it can produce; the output is the same whatever the chunking.
  class Downsampler {
    constructor(inputRate, outputRate = RATE) {
      if (!(inputRate >= outputRate)) throw new RangeError(`cannot downsample ${inputRate} Hz to ${outputRate} Hz`);
      this.step = inputRate / outputRate;
      if (this.step === 1) {
        this.taps = Float32Array.of(1);
      } else {
        const cutoff = 0.45 * outputRate / inputRate; // cycles per input sample, a little under the output's Nyquist
        const half = Math.ceil(24 * this.step); // 145 taps at 48 kHz: a transition band under 2 kHz wide
        const taps = new Float32Array(2 * half + 1);
        let sum = 0;
        for (let i = -half; i <= half; i++) {
          const sinc = i === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * i) / (Math.PI * i);
          const window = 0.42 + 0.5 * Math.cos(Math.PI * i / half) + 0.08 * Math.cos(2 * Math.PI * i / half); // Blackman
          taps[i + half] = sinc * window;
          sum += taps[i + half];
        }
        for (let i = 0; i < taps.length; i++) taps[i] /= sum; // unity gain at 0 Hz
        this.taps = taps;
      }
      this.delay = (this.taps.length - 1) / 2; // the filter's lag, taken out of the output instants
      this.history = new Float32Array(this.taps.length - 1);
      this.consumed = 0;  // input samples seen
      this.produced = 0;  // output samples made
      this.last = 0;      // the previous filtered sample (for interpolation across chunks)
      this.filteredCount = 0;
    }

    process(input) {
      const taps = this.taps;
      const n = taps.length;
      const buffer = new Float32Array(this.history.length + input.length);
      buffer.set(this.history);
      buffer.set(input, this.history.length);
      // filtered[j] is the low-passed signal at input index (consumed + j - delay).
      const filtered = new Float32Array(input.length);
      for (let j = 0; j < input.length; j++) {
        let acc = 0;
        for (let t = 0; t < n; t++) acc += buffer[j + t] * taps[n - 1 - t];
        filtered[j] = acc;
      }
      this.history = buffer.slice(buffer.length - this.history.length);
      const base = this.filteredCount; // filtered index of filtered[0]
      this.filteredCount += input.length;
      this.consumed += input.length;
      const out = [];
      for (;;) {
        const position = this.produced * this.step + this.delay; // in filtered indices
        const i = Math.floor(position);
        if (i + 1 >= this.filteredCount) break;
        const a = i - base >= 0 ? filtered[i - base] : this.last;
        const b = filtered[i + 1 - base];
        out.push(a + (b - a) * (position - i));
        this.produced++;
      }
      if (input.length) this.last = filtered[input.length - 1];
      return Float32Array.from(out);
    }

    // The rest: pushes the filter's lag through with zeros, up to the output length of the input seen.
    flush() {
      const total = Math.floor(this.consumed / this.step);
      const tail = this.process(new Float32Array(Math.ceil(this.delay) + 2));
      return tail.subarray(0, Math.max(0, total - (this.produced - tail.length)));
    }
  }

  // A growable store of the answer's 16 kHz samples.
  class PcmBuffer {
    constructor() {
      this.data = new Float32Array(RATE * 10);
      this.length = 0;
    }

    append(samples) {
      if (this.length + samples.length > this.data.length) {
        const grown = new Float32Array(Math.max(this.data.length * 2, this.length + samples.length));
        grown.set(this.data.subarray(0, this.length));
        this.data = grown;
      }
      this.data.set(samples, this.length);
      this.length += samples.length;
    }

    slice(start = 0, end = this.length) { return this.data.slice(start, Math.min(end, this.length)); }
  }

  // The answer after the last piece. A stop right at a cut leaves (almost) nothing, which no decoder takes as audio: it is
  // padded with silence to 0.1 s (a pause, transcribed as nothing).
  function tailOf(whole, start) {
    const tail = whole.subarray(start);
    if (tail.length >= RATE / 10) return tail;
    const padded = new Float32Array(RATE / 10);
    padded.set(tail);
    return padded;
  }

  // A 16-bit PCM mono WAV (RIFF) of float samples in [-1, 1].
  function encodeWav(samples, rate = RATE) {
    const buffer = new ArrayBuffer(44 + samples.length * 2);
    const view = new DataView(buffer);
    const text = (offset, value) => { for (let i = 0; i < value.length; i++) view.setUint8(offset + i, value.charCodeAt(i)); };
    text(0, "RIFF");
    view.setUint32(4, 36 + samples.length * 2, true);
    text(8, "WAVE");
    text(12, "fmt ");
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true);        // PCM
    view.setUint16(22, 1, true);        // mono
    view.setUint32(24, rate, true);
    view.setUint32(28, rate * 2, true); // bytes per second
    view.setUint16(32, 2, true);        // block align
    view.setUint16(34, 16, true);       // bits per sample
    text(36, "data");
    view.setUint32(40, samples.length * 2, true);
    for (let i = 0; i < samples.length; i++) {
      const value = Math.max(-1, Math.min(1, samples[i]));
      view.setInt16(44 + i * 2, value < 0 ? Math.round(value * 32768) : Math.round(value * 32767), true);
    }
    return buffer;
  }

  // Detector, cutter and end of turn over 16 kHz samples as they arrive: the whole answer's decisions, without a browser.
  class AnswerSegmenter {
    constructor({ silenceSeconds, onSpeechStart, onPiece, onLevel, onEnd }) {
      this.silenceFrames = Math.round(Math.max(0.5, Number(silenceSeconds) || 3) / FRAME_SECONDS);
      this.onSpeechStart = onSpeechStart || (() => {});
      this.onPiece = onPiece || (() => {});
      this.onLevel = onLevel || (() => {});
      this.onEnd = onEnd || (() => {});
      this.pcm = new PcmBuffer();
      this.activity = new VoiceActivity();
      this.cutter = new PieceCutter();
      this.framesDone = 0;
      this.ended = false;
    }

    get spoke() { return this.activity.spoke; }
    get lastCut() { return this.cutter.previousCut; }

    push(samples) {
      if (this.ended) return;
      this.pcm.append(samples);
      while (!this.ended && (this.framesDone + 1) * FRAME <= this.pcm.length) {
        const start = this.framesDone * FRAME;
        const level = frameLevel(this.pcm.data, start, FRAME);
        this.framesDone++;
        const { startedNow } = this.activity.push(level);
        this.onLevel(level);
        if (startedNow) this.onSpeechStart();
        const previous = this.cutter.previousCut;
        const at = this.cutter.push(level, this.activity.quietRun, this.activity.spoke);
        if (at != null) this.onPiece({ index: this.cutter.cuts.length - 1, start: previous, end: at, samples: this.pcm.slice(previous, at) });
        if (this.activity.silentFrames() >= this.silenceFrames) {
          this.ended = true;
          this.onEnd("silence");
        }
      }
    }
  }

  // ---------- Uploading the pieces ----------

  // Sends the pieces of one answer as they are cut and, at the end, the tail with the pieces' tokens; when a piece
  // failed, the whole answer as one WAV instead (the contract's fallback). fetchImpl is window.fetch in the page.
  class AnswerUpload {
    constructor({ basePath, questionId, fetchImpl, onHeard, onTextMode }) {
      this.basePath = basePath;
      this.questionId = questionId;
      this.fetch = fetchImpl || ((...args) => window.fetch(...args));
      this.onHeard = onHeard || (() => {});
      this.onTextMode = onTextMode || (() => {});
      this.pending = [];   // one promise per piece, in order, resolving to its token or null
      this.heard = [];
      this.failed = false;
      this.aborter = new AbortController();
    }

    sendPiece(index, wav) {
      if (this.failed) return;
      const form = new FormData();
      form.append("questionId", this.questionId);
      form.append("piece", String(index));
      form.append("audio", new Blob([wav], { type: "audio/wav" }), `piece-${index}.wav`);
      const request = this.fetch(`${this.basePath}/answers/audio/pieces`, {
        method: "POST", body: form, headers: { Accept: "application/json" }, signal: this.aborter.signal,
      }).then(async (response) => {
        if (!response.ok) {
          const problem = await response.json().catch(() => ({}));
          if (problem.textMode) this.onTextMode(problem);
          throw new Error(problem.code || `piece ${index}: HTTP ${response.status}`);
        }
        const heard = await response.json();
        if (heard.piece !== index || typeof heard.token !== "string") throw new Error(`piece ${index}: unexpected answer`);
        this.heard[index] = heard.text || "";
        this.onHeard(this.caption());
        return heard.token;
      }).catch(() => {
        this.failed = true;
        return null;
      });
      this.pending[index] = request;
    }

    // What was heard so far, in order.
    caption() { return this.heard.filter((text) => text).join(" "); }

    // Sends the answer's end: the tail with the pieces' tokens, or the whole recording when a piece failed or the
    // server refused the tokens. Resolves to the final Response (throws when the network fails).
    async finish(tailWav, wholeWav) {
      const tokens = await Promise.all(this.pending);
      if (!this.failed && tokens.length && tokens.every((token) => token)) {
        const response = await this.post(tailWav, tokens.join(","));
        if (response.status !== 400) return response;
        const problem = await response.clone().json().catch(() => ({}));
        if (problem.code !== "badPieces") return response;
      }
      return this.post(wholeWav, null);
    }

    post(wav, pieces) {
      const form = new FormData();
      form.append("questionId", this.questionId);
      if (pieces) form.append("pieces", pieces);
      form.append("audio", new Blob([wav], { type: "audio/wav" }), pieces ? "tail.wav" : "answer.wav");
      return this.fetch(`${this.basePath}/answers/audio`, { method: "POST", body: form, headers: { Accept: "application/json" } });
    }

    cancel() { this.aborter.abort(); }
  }

  // ---------- The microphone ----------

  const supported = () => Boolean(
    navigator.mediaDevices?.getUserMedia && (window.AudioContext || window.webkitAudioContext)
    && (window.AudioWorkletNode || (window.AudioContext || window.webkitAudioContext).prototype.createScriptProcessor));

  // One answer's capture. start() resolves when it stops: { reason: "silence" | "done", spoke, whole, tailStart } with
  // the 16 kHz samples of the whole answer, or null when cancelled (the question changed or the candidate chose to type).
  // onPiece({ index, start, end, samples }) is called for each piece as soon as it is cut.
  class Recording {
    constructor({ silenceSeconds, onSpeechStart, onLevel, onPiece }) {
      this.options = { silenceSeconds, onSpeechStart, onPiece, onLevel: (level) => (onLevel || (() => {}))(Math.min(1, level * 8)) };
      this.reason = null;
      this.cancelled = false;
    }

    async start() {
      this.stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true, channelCount: 1 },
      });
      if (this.reason) {
        // Cancelled while the browser was asking for the microphone.
        this.release();
        return null;
      }
      const stopped = new Promise((resolve) => { this.resolveStopped = resolve; });
      const Context = window.AudioContext || window.webkitAudioContext;
      this.context = new Context();
      this.downsampler = new Downsampler(this.context.sampleRate);
      this.segmenter = new AnswerSegmenter({ ...this.options, onEnd: (reason) => this.stop(reason) });
      const source = this.context.createMediaStreamSource(this.stream);
      const take = (samples) => { if (!this.reason) this.segmenter.push(this.downsampler.process(samples)); };
      try {
        await this.context.audioWorklet.addModule("/voice-capture.js");
        this.node = new AudioWorkletNode(this.context, "voice-capture", { numberOfInputs: 1, numberOfOutputs: 1 });
        this.node.port.onmessage = (event) => take(event.data);
        this.node.connect(this.context.destination); // a node the graph pulls is processed in every browser
      } catch {
        // No AudioWorklet (an old browser or an insecure page): the deprecated ScriptProcessor does the same.
        this.node = this.context.createScriptProcessor(4096, 1, 1);
        this.node.onaudioprocess = (event) => take(event.inputBuffer.getChannelData(0).slice());
        this.node.connect(this.context.destination);
      }
      if (this.reason) {
        this.release();
        return null;
      }
      source.connect(this.node);
      await this.context.resume().catch(() => {});

      await stopped;
      if (!this.cancelled) this.segmenter.push(this.downsampler.flush());
      this.release();
      if (this.cancelled) return null;
      const segmenter = this.segmenter;
      this.segmenter = null;
      return {
        reason: this.reason,
        spoke: segmenter.spoke,
        whole: segmenter.pcm.slice(),
        tailStart: segmenter.lastCut,
      };
    }

    // The candidate's own submit.
    finish() { this.stop("done"); }

    cancel() {
      this.cancelled = true;
      this.stop("cancelled");
    }

    stop(reason) {
      if (this.reason) return;
      this.reason = reason;
      this.resolveStopped?.();
    }

    release() {
      if (this.node?.port) this.node.port.onmessage = null; // AudioWorkletNode
      else if (this.node) this.node.onaudioprocess = null;  // ScriptProcessorNode
      this.node?.disconnect();
      for (const track of this.stream?.getTracks() || []) track.stop();
      this.context?.close().catch(() => {});
    }
  }

  return {
    supported,
    Recording,
    AnswerUpload,
    encodeWav,
    tailOf,
    internals: {
      RATE, FRAME, FRAME_SECONDS, PIECE_PAUSE, MIN_PIECE, MAX_PIECE, MAX_PIECES,
      frameLevel, VoiceActivity, PieceCutter, Downsampler, PcmBuffer, encodeWav, AnswerSegmenter,
    },
  };
})();

if (typeof window !== "undefined") window.MockInterviewVoice = MockInterviewVoice;
if (typeof module !== "undefined") module.exports = MockInterviewVoice;
