namespace Lodestar.Domain.Operations;

/// <summary>Where long work reports how far it is, for the UI's progress bars.</summary>
public interface IJobProgress
{
    /// <param name="fraction">0..1</param>
    Task ReportAsync(double fraction, string message, CancellationToken cancellationToken);
}
