namespace Lodestar.Domain.Operations;

public enum JobRunState
{
    Enqueued = 0,
    Processing = 1,
    Succeeded = 2,
    Failed = 3,
}
