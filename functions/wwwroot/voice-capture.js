// The AudioWorklet processor of the microphone capture (voice.js): copies the first channel of what the microphone
// gives, in batches of about 20 ms, to the page, which downsamples, detects speech and cuts the answer into pieces.
// It writes nothing to its output, so nothing is heard.
"use strict";

class VoiceCaptureProcessor extends AudioWorkletProcessor {
  constructor() {
    super();
    this.size = Math.max(128, Math.round(sampleRate * 0.02));
    this.batch = new Float32Array(this.size);
    this.filled = 0;
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (!channel) return true; // no input connected yet
    let offset = 0;
    while (offset < channel.length) {
      const count = Math.min(channel.length - offset, this.size - this.filled);
      this.batch.set(channel.subarray(offset, offset + count), this.filled);
      this.filled += count;
      offset += count;
      if (this.filled === this.size) {
        this.port.postMessage(this.batch, [this.batch.buffer]); // transferred: the batch is empty after this
        this.batch = new Float32Array(this.size);
        this.filled = 0;
      }
    }
    return true;
  }
}

registerProcessor("voice-capture", VoiceCaptureProcessor);
