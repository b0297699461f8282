namespace DanVan.Domain.Organization;

public enum AgencyKind
{
    /// <summary>Cấp ủy: Thành ủy, quận/huyện ủy, đảng ủy phường/xã.</summary>
    PartyCommittee,

    /// <summary>Ủy ban nhân dân.</summary>
    PeoplesCommittee,

    /// <summary>Sở, ban, ngành at city level; phòng at district level.</summary>
    Department,

    /// <summary>Ủy ban Mặt trận Tổ quốc Việt Nam.</summary>
    FatherlandFront,

    /// <summary>Tổ chức chính trị - xã hội (Đoàn Thanh niên, Hội Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Công đoàn).</summary>
    SocioPoliticalOrganization,

    /// <summary>Ban Cán sự đảng UBND thành phố.</summary>
    PartyAffairsCommittee,

    /// <summary>Ban Dân vận.</summary>
    MassMobilizationCommission,
}
