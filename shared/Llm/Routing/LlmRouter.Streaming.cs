using System.Runtime.CompilerServices;
using System.Text;
using MockInterview.Llm.Providers;

namespace MockInterview.Llm.Routing;

/// <summary>Streaming: the same routing until the first piece of text arrives; after that the call is committed.</summary>
internal sealed partial class LlmRouter
{
    public async IAsyncEnumerable<LlmStreamChunk> StreamAsync(LlmRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Check(request);
        var (key, ttl) = CachePlan(request);
        if (key is not null && await ReadCacheAsync(key, cancellationToken).ConfigureAwait(false) is { } hit)
        {
            yield return new LlmStreamChunk(hit.Content, hit.Provider, IsFinal: false, FromCache: true);
            yield return new LlmStreamChunk(string.Empty, hit.Provider, IsFinal: true, FromCache: true);
            yield break;
        }

        var call = new CallState(time.GetUtcNow() + TimeSpan.FromSeconds(options.TotalBudgetSeconds), TokenEstimator.Total(request, options.DefaultMaxOutputTokens));
        OpenStream? stream = null;
        while (stream is null && await NextAsync(call, cancellationToken).ConfigureAwait(false) is { } admission)
        {
            stream = await OpenAsync(admission, request, call, cancellationToken).ConfigureAwait(false);
        }

        if (stream is null)
        {
            throw Exhausted(call);
        }

        await using (stream.ConfigureAwait(false))
        {
            var provider = stream.Admission.Provider;
            var name = provider.Definition.Name;
            var text = new StringBuilder(stream.First.Text);
            int? input = stream.First.InputTokens;
            int? output = stream.First.OutputTokens;
            var finished = stream.First.Finished;
            yield return new LlmStreamChunk(stream.First.Text, name, IsFinal: false);
            while (await ReadAsync(stream, call, text.Length, cancellationToken).ConfigureAwait(false) is { } piece)
            {
                input = piece.InputTokens ?? input;
                output = piece.OutputTokens ?? output;
                finished |= piece.Finished;
                if (piece.Text.Length > 0)
                {
                    text.Append(piece.Text);
                    yield return new LlmStreamChunk(piece.Text, name, IsFinal: false);
                }
            }

            if (!finished)
            {
                // A dropped connection can look like a clean end of the stream; only a finish reason proves the reply is whole.
                var failure = new ProviderException(FailureKind.Malformed, "The stream ended before the model finished.");
                Failed(provider, call, failure, stream.Began);
                throw new LlmRouterException($"The stream from {name} broke after {text.Length} characters (malformed).", call.Attempts, null, failure);
            }

            Succeeded(provider, call, stream.Began);
            await AfterSuccessAsync(stream.Admission, input, output, cancellationToken).ConfigureAwait(false);
            if (key is not null)
            {
                await WriteCacheAsync(key, new CachedReply(text.ToString(), name, provider.Definition.Model), ttl, cancellationToken).ConfigureAwait(false);
            }

            yield return new LlmStreamChunk(string.Empty, name, IsFinal: true, FromCache: false, input ?? 0, output ?? 0);
        }
    }

    /// <summary>Starts a stream and waits for its first text; null (failure recorded) when the provider fails first.</summary>
    private async Task<OpenStream?> OpenAsync(Admission admission, LlmRequest request, CallState call, CancellationToken cancellationToken)
    {
        var provider = admission.Provider;
        var limit = AttemptLimit(provider, call);
        call.ProviderCalls++;
        var began = time.GetTimestamp();
        var timeout = new CancellationTokenSource(limit, time);
        var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var pieces = provider.Client.StreamAsync(request, linked.Token).GetAsyncEnumerator(linked.Token);
        var handedOver = false;
        FailureKind? refused = null;
        try
        {
            while (await pieces.MoveNextAsync().ConfigureAwait(false))
            {
                if (pieces.Current.Text.Length > 0)
                {
                    handedOver = true;
                    return new OpenStream(admission, pieces, timeout, linked, provider.Definition.Timeout, began, pieces.Current);
                }
            }

            Failed(provider, call, new ProviderException(FailureKind.Malformed, "The stream ended without any text."), began);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            provider.ReleaseProbe();
            throw;
        }
        catch (OperationCanceledException ex)
        {
            Failed(provider, call, new ProviderException(FailureKind.Timeout, $"No first token within {limit.TotalSeconds:0.###} s.", null, ex), began);
        }
        catch (ProviderException ex)
        {
            Failed(provider, call, ex, began);
            refused = ex.Kind;
        }
        finally
        {
            if (!handedOver)
            {
                await pieces.DisposeAsync().ConfigureAwait(false);
                linked.Dispose();
                timeout.Dispose();
            }
        }

        if (refused is { } kind)
        {
            // As for a plain call: a refusal before any text gives the reserved tokens back.
            await RefundAsync(admission, kind, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>The next piece; a failure after the first piece is recorded and ends the call (the caller has text already).</summary>
    private async Task<ProviderStreamPiece?> ReadAsync(OpenStream stream, CallState call, int received, CancellationToken cancellationToken)
    {
        var provider = stream.Admission.Provider;
        ProviderException failure;
        try
        {
            return await stream.NextAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            provider.ReleaseProbe();
            throw;
        }
        catch (OperationCanceledException ex)
        {
            failure = new ProviderException(FailureKind.Timeout, $"The stream stalled for {stream.IdleLimit.TotalSeconds:0.###} s.", null, ex);
        }
        catch (ProviderException ex)
        {
            failure = ex;
        }

        Failed(provider, call, failure, stream.Began);
        throw new LlmRouterException(
            $"The stream from {provider.Definition.Name} broke after {received} characters ({FailureKinds.Name(failure.Kind)}).", call.Attempts, null, failure);
    }
}
