namespace GraphServer.Store;

public enum SortDirection
{
    Ascending,
    Descending,
}
