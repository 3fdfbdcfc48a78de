using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Yardstick.Insight;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Insight;

/// <summary>A queued training: the version row it fills and the rows it learns from (the corpus and the company's, weighted).</summary>
public sealed record TrainingJob(int VersionId, InsightTask Task, List<(string Text, string Label)> Training, List<(string Text, string Label)> HeldOut);

/// <summary>
/// Trains the models an Admin asked for, one at a time, outside the request: a model over tens of thousands of rows takes
/// minutes on two cores, longer than a browser or a proxy waits. While it works it writes the share done and a heartbeat
/// to the version row every few seconds; a queued or training version whose heartbeat stops (the instance restarted) is
/// shown as interrupted, and the Admin trains again. The jobs live in memory, so an instance holds at most
/// <see cref="Capacity"/> of them.
/// </summary>
public sealed class InsightTrainer(IServiceScopeFactory scopes, TimeProvider clock, ILogger<InsightTrainer> log) : BackgroundService
{
    public const int Capacity = 3;
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(3);
    /// <summary>Ten heartbeats missed: the instance that held the job is gone.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(30);

    private readonly Channel<TrainingJob> _jobs = Channel.CreateUnbounded<TrainingJob>();
    private readonly ConcurrentDictionary<int, TrainingJob> _pending = new();

    /// <summary>False when <see cref="Capacity"/> jobs are already queued or training here.</summary>
    public bool TryEnqueue(TrainingJob job)
    {
        lock (_pending)
        {
            if (_pending.Count >= Capacity) return false;
            _pending[job.VersionId] = job;
        }
        _jobs.Writer.TryWrite(job);
        return true;
    }

    public bool Full => _pending.Count >= Capacity;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _jobs.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(job, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // Shutting down: the heartbeat stops and the version shows as interrupted.
            }
            catch (Exception e)
            {
                log.LogError(e, "Training text model version {Id} failed", job.VersionId);
                await WithServiceAsync((s, ct) => s.FailTrainingAsync(job.VersionId, e, ct), CancellationToken.None);
            }
            finally
            {
                _pending.TryRemove(job.VersionId, out _);
            }
        }
    }

    private async Task RunAsync(TrainingJob job, CancellationToken stoppingToken)
    {
        var progress = new LatestProgress();
        var watch = Stopwatch.StartNew();
        var training = Task.Run(() => LinearModel.Train(job.Task.Key(), job.Training, InsightModelService.ShippedOptions(job.Task), progress, stoppingToken),
            stoppingToken);
        await BeatAsync(job.VersionId, 0, stoppingToken);
        while (await Task.WhenAny(training, Task.Delay(Heartbeat, stoppingToken)) != training)
            await BeatAsync(job.VersionId, progress.Value, stoppingToken);
        var model = await training;
        watch.Stop();
        await WithServiceAsync((s, ct) => s.FinishTrainingAsync(job, model, watch.Elapsed, ct), stoppingToken);
    }

    /// <summary>The share done for the running job, and the heartbeat of every job this instance holds (queued ones too).</summary>
    private async Task BeatAsync(int runningId, double progress, CancellationToken ct)
    {
        var ids = _pending.Keys.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.InsightModels.Where(m => ids.Contains(m.Id) && m.Id != runningId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.HeartbeatAt, now), ct);
        await db.InsightModels.Where(m => m.Id == runningId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.HeartbeatAt, now).SetProperty(m => m.Status, ModelStatus.Training)
                .SetProperty(m => m.Progress, Math.Round(progress, 3)), ct);
    }

    private async Task WithServiceAsync(Func<InsightModelService, CancellationToken, Task> work, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem();
        await work(scope.ServiceProvider.GetRequiredService<InsightModelService>(), ct);
    }

    /// <summary>Keeps the last value the training thread reported, for the heartbeat to read.</summary>
    private sealed class LatestProgress : IProgress<double>
    {
        private double _value;
        public double Value => Volatile.Read(ref _value);
        public void Report(double value) => Volatile.Write(ref _value, value);
    }
}
