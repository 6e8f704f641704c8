// placeholder until the checks land
#pragma once
