namespace Lodestar.Portal.Client.Features.Privacy.Retention;

/// <summary>Retention limits per data class and the retention job's enforcement reports (<c>/api/privacy/retention</c>).</summary>
public interface IRetentionApi
{
    Task<RetentionSettingsDto> GetSettingsAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces every limit (admins); a class not listed is kept forever.</summary>
    Task<RetentionSettingsDto> SaveSettingsAsync(RetentionSettingsRequest request, CancellationToken cancellationToken = default);

    /// <summary>The latest reports first.</summary>
    Task<IReadOnlyList<RetentionReportDto>> GetReportsAsync(int limit = 20, CancellationToken cancellationToken = default);
}
