// placeholder until the checks land
#include "testsupport.h"
class TestChecks : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("checks not written yet"); }
};
FORTEGNELSE_TEST_MAIN(TestChecks)
#include "tst_checks.moc"
