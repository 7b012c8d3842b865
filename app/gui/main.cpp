#include "gui/Application.h"

int main(int argc, char *argv[])
{
    tl::app::Application app(argc, argv);
    if (!app.start())
        return 1;
    return app.exec();
}
