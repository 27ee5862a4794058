using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Storage.Queues;

namespace MockInterview.Speech.Client;

/// <summary>Local hosting: consumes the <c>speech-results</c> queue and hands each result to
/// <see cref="SpeechResultHandler"/>. It wakes as soon as an in-process worker enqueues a result
/// (<see cref="IWorkQueue.WaitForMessagesAsync"/>), and polls for results from a worker in another process.</summary>
/// <remarks>In Azure the Functions host delivers the queue to the <c>SpeechResults</c> function instead.</remarks>
internal sealed class SpeechResultListener(
    IWorkQueue queue, SpeechResultHandler handler, IOptions<SpeechClientOptions> options, ILogger<SpeechResultListener> logger) : BackgroundService
{
    private const int BatchSize = 32;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(options.Value.ResultsPollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var messages = await queue.ReceiveAsync(QueueNames.SpeechResults, BatchSize, Lease, stoppingToken).ConfigureAwait(false);
                foreach (var message in messages)
                {
                    handler.Handle(message.Body);
                    await queue.CompleteAsync(message, stoppingToken).ConfigureAwait(false);
                }

                if (messages.Count < BatchSize)
                {
                    await queue.WaitForMessagesAsync(QueueNames.SpeechResults, poll, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The queue store failed (disk, lock): waiting callers run into their deadlines and switch to text.
                logger.LogError(ex, "Reading the speech results queue failed; retrying after the poll interval.");
                await Task.Delay(poll, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
