using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Recognition.PocketSphinx;

/// <summary>Keeps pocketsphinx decoders loaded (a model load costs ~0.6 s, so never one per request) and lends each
/// to one piece of audio at a time; at most <see cref="PocketSphinxOptions.Decoders"/> exist, created on first need.</summary>
internal sealed class PocketSphinxDecoderPool : IDisposable
{
    private readonly PocketSphinxOptions options;
    private readonly SemaphoreSlim available;
    private readonly Stack<PocketSphinxDecoder> idle = new();
    private readonly List<PocketSphinxDecoder> all = [];
    private readonly Lock gate = new();
    private readonly Lazy<PocketSphinxNative> native;
    private bool disposed;

    public PocketSphinxDecoderPool(IOptions<RecognitionOptions> options)
    {
        this.options = options.Value.PocketSphinx;
        Capacity = this.options.Decoders > 0 ? this.options.Decoders : Environment.ProcessorCount;
        available = new SemaphoreSlim(Capacity, Capacity);
        // PublicationOnly: a failed load is not cached, so the engine recovers once the library is installed.
        native = new Lazy<PocketSphinxNative>(() => PocketSphinxNative.Load(this.options), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>Most decoders, and so most pieces decoded at once.</summary>
    public int Capacity { get; }

    /// <summary>Runs <paramref name="work"/> on a free decoder, waiting for one when all are busy.</summary>
    /// <exception cref="SpeechEngineUnavailableException">The library or the model is missing.</exception>
    public async Task<T> UseAsync<T>(Func<PocketSphinxDecoder, T> work, CancellationToken cancellationToken)
    {
        await available.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Model loading and decoding are CPU-bound native work: off the caller's thread, so pieces run on
            // separate cores and no request thread blocks on a model load.
            return await Task.Run(
                () =>
                {
                    var decoder = Take() ?? Create();
                    try
                    {
                        return work(decoder);
                    }
                    finally
                    {
                        Return(decoder);
                    }
                },
                CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            available.Release();
        }
    }

    /// <summary>Loads every decoder now (the worker calls it at start so the first answer pays no model load).</summary>
    /// <exception cref="SpeechEngineUnavailableException">The library or the model is missing.</exception>
    public Task WarmUpAsync(CancellationToken cancellationToken) => Task.Run(
        () =>
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                lock (gate)
                {
                    if (all.Count >= Capacity)
                    {
                        return;
                    }
                }

                Return(Create());
            }
        },
        cancellationToken);

    /// <summary>Makes sure the engine can run (library and model load) before any audio is judged, so that silent audio
    /// never hides a missing engine; cheap once one decoder is loaded.</summary>
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

    /// <summary>Frees the idle decoders; one lent out is freed when it is handed back, never under a running decode.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            while (idle.TryPop(out var decoder))
            {
                all.Remove(decoder);
                decoder.Dispose();
            }
        }
    }

    private PocketSphinxDecoder? Take()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return idle.TryPop(out var decoder) ? decoder : null;
        }
    }

    private PocketSphinxDecoder Create()
    {
        var decoder = PocketSphinxDecoder.Create(native.Value, options);
        lock (gate)
        {
            all.Add(decoder);
        }

        return decoder;
    }

    private void Return(PocketSphinxDecoder decoder)
    {
        lock (gate)
        {
            if (!disposed)
            {
                idle.Push(decoder);
                return;
            }

            all.Remove(decoder);
            decoder.Dispose();
        }
    }
}
