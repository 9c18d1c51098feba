using Lodestar.Domain.Economics.Results;

namespace Lodestar.Domain.Economics;

/// <summary>What an economics run stored, and how long its parts took (seconds), for the job's message and the benchmark.</summary>
public sealed record EconomicsRunResult(EconomicsSnapshot Snapshot, int Touches, double ReadSeconds, double FitSeconds, double PredictSeconds, double WriteSeconds);
