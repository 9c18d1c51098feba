namespace Lodestar.Domain.Privacy.Retention;

public enum RetentionReportStatus
{
    /// <summary>Still purging, or stopped by a crash; a later run starts again from the oldest records.</summary>
    Running = 1,

    Succeeded = 2,

    /// <summary>Stopped by an error or a shutdown; the classes it finished are in the report.</summary>
    Failed = 3,
}
