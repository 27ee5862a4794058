using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Recognition.Whisper;

/// <summary>Keeps whisper.cpp contexts loaded (a model load takes seconds) and lends each to one transcription at a
/// time; at most <see cref="WhisperOptions.Contexts"/> exist, created on first need.</summary>
internal sealed class WhisperContextPool : IDisposable
{
    private readonly WhisperOptions options;
    private readonly SemaphoreSlim available;
    private readonly Stack<WhisperContext> idle = new();
    private readonly List<WhisperContext> all = [];
    private readonly Lock gate = new();
    private readonly Lazy<WhisperNative> native;
    private bool disposed;

    public WhisperContextPool(IOptions<RecognitionOptions> options)
    {
        this.options = options.Value.Whisper;
        available = new SemaphoreSlim(this.options.Contexts, this.options.Contexts);
        // PublicationOnly: a failed load is not cached, so the engine recovers once the library is installed.
        native = new Lazy<WhisperNative>(() => WhisperNative.Load(this.options), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>Runs <paramref name="work"/> on a free context.</summary>
    /// <exception cref="SpeechEngineUnavailableException">The model or the library is missing.</exception>
    public async Task<T> UseAsync<T>(Func<WhisperContext, T> work, CancellationToken cancellationToken)
    {
        RequireModel(options);
        await available.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(
                () =>
                {
                    WhisperContext? context;
                    lock (gate)
                    {
                        ObjectDisposedException.ThrowIf(disposed, this);
                        idle.TryPop(out context);
                    }

                    context ??= Create();
                    try
                    {
                        return work(context);
                    }
                    finally
                    {
                        lock (gate)
                        {
                            if (!disposed)
                            {
                                idle.Push(context);
                            }
                            else
                            {
                                // Disposed while lent out: freed now that no transcription uses it.
                                all.Remove(context);
                                context.Dispose();
                            }
                        }
                    }
                },
                CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            available.Release();
        }
    }

    /// <summary>Makes sure the engine can run (library and model load) before any audio is judged, so that silent audio
    /// never hides a missing engine; cheap once one context is loaded.</summary>
    /// <exception cref="SpeechEngineUnavailableException">The library or the model is missing.</exception>
    public Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (all.Count > 0)
            {
                return Task.CompletedTask;
            }
        }

        return UseAsync(_ => true, cancellationToken);
    }

    /// <summary>Frees the idle contexts; one lent out is freed when it is handed back, never under a running transcription.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            while (idle.TryPop(out var context))
            {
                all.Remove(context);
                context.Dispose();
            }
        }
    }

    // Checked before the library: a missing model is the usual case here (none can be downloaded) and the message
    // should name the setting to fix first.
    private static void RequireModel(WhisperOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ModelPath))
        {
            throw new SpeechEngineUnavailableException(
                "The Whisper engine needs a ggml model: set Speech:Recognition:Whisper:ModelPath (e.g. ggml-base.en.bin), or use Speech:Recognition:Engine pocketsphinx.");
        }

        if (!File.Exists(options.ModelPath))
        {
            throw new SpeechEngineUnavailableException(
                $"The Whisper model '{options.ModelPath}' does not exist; Speech:Recognition:Whisper:ModelPath must name a ggml model file.");
        }
    }

    private WhisperContext Create()
    {
        var context = WhisperContext.Create(native.Value, options);
        lock (gate)
        {
            all.Add(context);
        }

        return context;
    }
}
