namespace Lodestar.Domain.Audit;

public static class AuditLimits
{
    public const int ActionLength = 64;
    public const int TypeLength = 32;
    public const int IdLength = 128;
    public const int NameLength = 256;
    public const int DetailLength = 2000;
    public const int IpLength = 64;
    public const int UserAgentLength = 512;
    public const int MaxTake = 200;
}
