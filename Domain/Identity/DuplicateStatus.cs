namespace Lodestar.Domain.Identity;

public enum DuplicateStatus
{
    Pending = 0,
    Accepted = 1,
    Rejected = 2,
}
