namespace MockInterview.Speech.Client;

/// <summary>The speech-jobs queue refused a job (busy, full or broken); the caller answers "voice unavailable".</summary>
internal sealed class EnqueueFailedException(Exception inner) : Exception("The speech job could not be enqueued.", inner);
