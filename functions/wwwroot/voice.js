// Spoken answers in the browser: records the microphone and decides when the candidate has finished, either by the
// "Done speaking" button or by a silence as long as the interview's endOfTurnSilenceSeconds. Before the first word
// nothing ends the recording (that is thinking time, which the server bounds), so a pause to think never cuts anyone off.
"use strict";

window.MockInterviewVoice = (() => {
  const FRAME_MS = 50;
  const MIN_LEVEL = 0.008;      // RMS below this is silence whatever the room
  const SPEECH_OVER_FLOOR = 3;  // speech is this many times louder than the room's noise floor
  const SPEECH_FRAMES = 3;      // consecutive loud frames before speech counts as started (a cough is shorter)

  const supported = () => Boolean(
    navigator.mediaDevices?.getUserMedia && window.MediaRecorder && (window.AudioContext || window.webkitAudioContext));

  const recordingType = () =>
    ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/ogg"]
      .find((type) => MediaRecorder.isTypeSupported(type)) || "";

  // One answer's recording. start() resolves when it stops: { blob, reason: "silence" | "done", spoke } or null when
  // cancelled (the question changed or the candidate chose to type).
  class Recording {
    constructor({ silenceSeconds, onSpeechStart, onLevel }) {
      this.silenceMs = Math.max(0.5, Number(silenceSeconds) || 3) * 1000;
      this.onSpeechStart = onSpeechStart || (() => {});
      this.onLevel = onLevel || (() => {});
      this.floor = null;
      this.loudFrames = 0;
      this.spoke = false;
      this.lastVoiceAt = 0;
      this.reason = null;
      this.cancelled = false;
    }

    async start() {
      this.stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true, channelCount: 1 },
      });
      if (this.reason) {
        // Cancelled while the browser was asking for the microphone.
        for (const track of this.stream.getTracks()) track.stop();
        return null;
      }
      const Context = window.AudioContext || window.webkitAudioContext;
      this.context = new Context();
      this.analyser = this.context.createAnalyser();
      this.analyser.fftSize = 2048;
      this.context.createMediaStreamSource(this.stream).connect(this.analyser);
      this.samples = new Float32Array(this.analyser.fftSize);

      const type = recordingType();
      this.recorder = new MediaRecorder(this.stream, type ? { mimeType: type } : undefined);
      this.chunks = [];
      this.recorder.addEventListener("dataavailable", (event) => { if (event.data.size) this.chunks.push(event.data); });
      const stopped = new Promise((resolve) => this.recorder.addEventListener("stop", resolve, { once: true }));
      this.recorder.start(250);
      this.timer = window.setInterval(() => this.sample(), FRAME_MS);

      await stopped;
      this.release();
      if (this.cancelled) return null;
      const blob = new Blob(this.chunks, { type: this.recorder.mimeType || type || "audio/webm" });
      return { blob, reason: this.reason, spoke: this.spoke };
    }

    sample() {
      this.analyser.getFloatTimeDomainData(this.samples);
      let sum = 0;
      for (const value of this.samples) sum += value * value;
      const level = Math.sqrt(sum / this.samples.length);
      // The floor follows the room down at once and up slowly, so speech never becomes the floor.
      this.floor = this.floor == null ? level : Math.min(level, this.floor * 1.002 + 0.00001);
      const loud = level > Math.max(MIN_LEVEL, this.floor * SPEECH_OVER_FLOOR);
      this.onLevel(Math.min(1, level * 8));

      const now = performance.now();
      this.loudFrames = loud ? this.loudFrames + 1 : 0;
      if (this.loudFrames >= SPEECH_FRAMES) {
        this.lastVoiceAt = now;
        if (!this.spoke) {
          this.spoke = true;
          this.onSpeechStart();
        }
      } else if (this.spoke && now - this.lastVoiceAt >= this.silenceMs) {
        this.stop("silence");
      }
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
      window.clearInterval(this.timer);
      if (this.recorder && this.recorder.state !== "inactive") this.recorder.stop();
    }

    release() {
      window.clearInterval(this.timer);
      for (const track of this.stream?.getTracks() || []) track.stop();
      this.context?.close().catch(() => {});
    }
  }

  return { supported, Recording };
})();
