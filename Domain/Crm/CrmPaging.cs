namespace Lodestar.Domain.Crm;

/// <summary>The lists' paging bounds.</summary>
public static class CrmPaging
{
    public const int MaxLimit = 200;
}
