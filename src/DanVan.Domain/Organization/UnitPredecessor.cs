namespace DanVan.Domain.Organization;

/// <summary>A unit that was merged into another: the merged unit's history starts where its predecessors' ended.</summary>
public sealed class UnitPredecessor
{
    private UnitPredecessor()
    {
    }

    internal UnitPredecessor(AdministrativeUnit successor, AdministrativeUnit predecessor)
    {
        Successor = successor;
        Predecessor = predecessor;
        PredecessorId = predecessor.Id;
    }

    public int SuccessorId { get; private set; }

    public AdministrativeUnit? Successor { get; private set; }

    public int PredecessorId { get; private set; }

    public AdministrativeUnit? Predecessor { get; private set; }
}
