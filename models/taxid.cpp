#include "taxid.h"

#include <QDate>

#include <array>

namespace ra::taxid {

namespace {

// GB 32100-2015: the 31 code characters, value = index. No I, O, Z, S, V (they read like digits).
constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kModulus = 31;

// Weights 3^i mod 31 for positions 1..17 (invoice-standards.md c.5).
constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(QChar c)
{
    for (int i = 0; i < kModulus; ++i)
        if (c.unicode() == kAlphabet[i])
            return i;
    return -1;
}

// Values come from OCR and PDFs: accept lower case and surrounding blanks, nothing else.
QString prepare(const QString &id) { return id.trimmed().toUpper(); }

int checkValue(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += valueOf(first17.at(i)) * kWeights[size_t(i)];
    const int check = kModulus - sum % kModulus;
    return check == kModulus ? 0 : check;
}

} // namespace

Check checkUscc(const QString &id)
{
    const QString s = prepare(id);
    if (s.size() != 18)
        return Check::NotUscc;
    for (QChar c : s)
        if (valueOf(c) < 0) {
            // A resident ID number (individual taxpayers, 个体户) is 18 characters too, ending
            // in X at most; it is legitimately a 纳税人识别号 but not a USCC.
            return isResidentIdNumber(s) ? Check::NotUscc : Check::BadCharacters;
        }
    if (kAlphabet[checkValue(s.left(17))] == s.at(17).unicode())
        return Check::Valid;
    return isResidentIdNumber(s) ? Check::NotUscc : Check::BadCheckCharacter;
}

std::optional<QChar> usccCheckCharacter(const QString &first17)
{
    const QString s = prepare(first17);
    if (s.size() != 17)
        return std::nullopt;
    for (QChar c : s)
        if (valueOf(c) < 0)
            return std::nullopt;
    return QChar(kAlphabet[checkValue(s)]);
}

bool isResidentIdNumber(const QString &id)
{
    // GB 11643-1999: 17 digits, then an ISO 7064 MOD 11-2 check digit (X for 10). The birth date
    // in positions 7-14 must be a real date, which keeps random digit strings out.
    const QString s = prepare(id);
    if (s.size() != 18)
        return false;
    static constexpr std::array<int, 17> weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = s.at(i);
        if (c < u'0' || c > u'9')
            return false;
        sum += (c.unicode() - u'0') * weights[size_t(i)];
    }
    static constexpr char16_t checks[] = u"10X98765432";
    if (s.at(17).unicode() != checks[sum % 11])
        return false;
    const QDate birth(s.mid(6, 4).toInt(), s.mid(10, 2).toInt(), s.mid(12, 2).toInt());
    return birth.isValid() && birth.year() >= 1900;
}

} // namespace ra::taxid
