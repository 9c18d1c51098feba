using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>Serves <see cref="Model"/> and answers every fit with <see cref="Fit"/> (or <see cref="Error"/>), optionally held until <see cref="Release"/>.</summary>
public sealed class FakeClvApi : IClvApi
{
    private TaskCompletionSource? _gate;

    public ClvModelDto Model { get; set; } = StoredSample();

    public ClvFitDto Fit { get; set; } = FitSample();

    public ApiException? Error { get; set; }

    /// <summary>What reading the stored model throws, if anything.</summary>
    public Exception? ModelError { get; set; }

    public List<ClvFitRequestDto> Requests { get; } = [];

    /// <summary>Holds the next fits until <see cref="Release"/>, so a test sees the page while it waits.</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    public async Task<ClvFitDto> FitAsync(ClvFitRequestDto request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        if (_gate is { } gate)
            await gate.Task;
        return Error is { } error ? throw error : Fit;
    }

    public Task<ClvModelDto> ModelAsync(CancellationToken cancellationToken = default) =>
        ModelError is { } error ? Task.FromException<ClvModelDto>(error) : Task.FromResult(Model);

    /// <summary>The published CDNOW parameters (Fader, Hardie &amp; Lee 2005; Fader &amp; Hardie 2013), as a run of <see cref="StoppedClock.Now"/>.</summary>
    public static ClvModelDto StoredSample() => new(StoppedClock.Now.AddHours(-10), "USD", "2026-05-04", "week", 2357, 12, 0.01,
        new BgNbdFitDto(0.2425982, 4.4136842, 0.7929899, 2.4261667, -9582.429), new GammaGammaFitDto(6.25, 3.74, 15.44, -4055.9177, 946), true);

    /// <summary>CDNOW calibrated to 1997-09-30 with three of the published holdout rows (x = 0, 1, 7+).</summary>
    public static ClvFitDto FitSample() => new("1997-09-30", "week", "USD", 2357,
        new BgNbdFitDto(0.2425982, 4.4136842, 0.7929899, 2.4261667, -9582.429), new GammaGammaFitDto(6.25, 3.74, 15.44, -4055.9177, 946),
        new ClvHoldoutDto("1997-10-01", "1998-06-30", 39, 2357, 1882, 1653.39, 0.7855, -0.1215,
        [
            new ClvHoldoutRowDto(0, false, 1411, 0.237, 0.225),
            new ClvHoldoutRowDto(1, false, 439, 0.697, 0.523),
            new ClvHoldoutRowDto(7, true, 18, 6.359, 6.157),
        ]));
}
