namespace DanVan.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
